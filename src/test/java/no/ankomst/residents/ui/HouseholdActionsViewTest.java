package no.ankomst.residents.ui;

import static no.ankomst.db.Tables.PERSON;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Locale;
import no.ankomst.AnkomstTest;
import no.ankomst.residents.Relation;
import no.ankomst.residents.ResidentRecords.HouseholdMember;
import no.ankomst.residents.ResidentRecords.ResidentRow;
import no.ankomst.residents.ResidentService;
import no.ankomst.residents.ResidentTestData;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@AnkomstTest
class HouseholdActionsViewTest extends SpringBrowserlessTest {

    @Autowired
    ResidentTestData data;

    @Autowired
    ResidentService residents;
    @Autowired
    DSLContext db;

    @BeforeEach
    void data() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    private record Family(String surname, long householdId, long mother, long son, long daughter) {
    }

    private Family family() {
        String surname = ResidentTestData.surname();
        var mother = data.head(surname, "Olena", LocalDate.of(1970, 5, 5), ResidentTestData.RADE);
        long son = data.member(mother.householdId(), surname, "Andrii", LocalDate.of(1995, 6, 6), Relation.CHILD,
                ResidentTestData.RADE);
        long daughter = data.member(mother.householdId(), surname, "Daryna", LocalDate.of(2010, 7, 7), Relation.CHILD,
                ResidentTestData.RADE);
        return new Family(surname, mother.householdId(), mother.personId(), son, daughter);
    }

    private Relation relation(long personId) {
        return Relation.valueOf(db.fetchValue(PERSON.RELATION_TO_HEAD, PERSON.ID.eq(personId)));
    }

    /** The row's "make head" button (rendered in the grid, so found through the grid). */
    private void clickMakeHead(long personId) {
        @SuppressWarnings("unchecked")
        Grid<HouseholdMember> grid = $(Grid.class).id("household-grid");
        for (int row = 0; row < test(grid).size(); row++) {
            if (test(grid).getRow(row).personId() == personId) {
                ((Button) test(grid).getCellComponent(row, "actions")).click();
                return;
            }
        }
        throw new AssertionError("no row for person " + personId);
    }

    private void openHouseholdTab(long personId) {
        navigate(ResidentDetailView.class, personId);
        $(TabSheet.class).id("resident-tabs").setSelectedIndex(1);
    }

    @Test
    @WithUserDetails("staff")
    void making_the_son_head_proposes_each_relation_and_saves_them_once_confirmed() {
        Family f = family();
        openHouseholdTab(f.mother());

        clickMakeHead(f.son());

        @SuppressWarnings("unchecked")
        Select<Relation> mother = $(Select.class).id("relation-" + f.mother());
        @SuppressWarnings("unchecked")
        Select<Relation> daughter = $(Select.class).id("relation-" + f.daughter());
        assertThat(mother.getValue()).isEqualTo(Relation.PARENT);
        assertThat(daughter.getValue()).isEqualTo(Relation.SIBLING);
        test($(Button.class).id("head-change-save")).click();

        assertThat(relation(f.son())).isEqualTo(Relation.HEAD);
        assertThat(relation(f.mother())).isEqualTo(Relation.PARENT);
        assertThat(relation(f.daughter())).isEqualTo(Relation.SIBLING);
    }

    @Test
    @WithUserDetails("staff")
    void a_relation_left_open_is_marked_and_nothing_changes() {
        Family f = family();
        openHouseholdTab(f.mother());
        clickMakeHead(f.son());

        @SuppressWarnings("unchecked")
        Select<Relation> daughter = $(Select.class).id("relation-" + f.daughter());
        daughter.clear();
        test($(Button.class).id("head-change-save")).click();

        assertThat(daughter.isInvalid()).isTrue();
        assertThat(relation(f.mother())).isEqualTo(Relation.HEAD);
    }

    @Test
    @WithUserDetails("staff")
    void a_member_is_moved_to_a_household_found_by_search_once_the_relation_is_given() {
        Family f = family();
        var aunt = data.head(ResidentTestData.surname(), "Halyna", LocalDate.of(1968, 3, 3), ResidentTestData.RADE);
        String auntSurname = residents.detail(aunt.personId()).familyName();
        openHouseholdTab(f.daughter());

        test($(Button.class).id("household-move")).click();
        test($(TextField.class).id("move-search")).setValue(auntSurname + " Halyna");
        @SuppressWarnings("unchecked")
        Grid<ResidentRow> hits = $(Grid.class).id("move-hits");
        test(hits).select(0);
        test($(Button.class).id("move-save")).click();

        @SuppressWarnings("unchecked")
        Select<Relation> relation = $(Select.class).id("move-relation");
        assertThat(relation.isInvalid()).isTrue();
        assertThat(db.fetchValue(PERSON.HOUSEHOLD_ID, PERSON.ID.eq(f.daughter()))).isEqualTo(f.householdId());

        relation.setValue(Relation.OTHER);
        test($(Button.class).id("move-save")).click();

        assertThat(db.fetchValue(PERSON.HOUSEHOLD_ID, PERSON.ID.eq(f.daughter()))).isEqualTo(aunt.householdId());
        assertThat(relation(f.daughter())).isEqualTo(Relation.OTHER);
    }

    @Test
    @WithUserDetails("manager")
    void managers_see_the_household_without_actions() {
        Family f = family();
        openHouseholdTab(f.mother());

        @SuppressWarnings("unchecked")
        Grid<HouseholdMember> grid = $(Grid.class).id("household-grid");
        assertThat(grid.getColumnByKey("actions")).isNull();
        assertThat($(Button.class).withId("household-move").exists()).isFalse();
    }
}
