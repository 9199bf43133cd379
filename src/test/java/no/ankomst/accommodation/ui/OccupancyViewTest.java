package no.ankomst.accommodation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import no.ankomst.AnkomstTest;
import com.vaadin.flow.component.checkbox.Checkbox;
import no.ankomst.accommodation.OccupancyRecords.Occupant;
import no.ankomst.accommodation.OccupancyService;
import no.ankomst.accommodation.StayService;
import no.ankomst.accommodation.UnitRecords.NewBed;
import no.ankomst.accommodation.UnitService;
import no.ankomst.accommodation.ui.UnitBreakdown.Line;
import no.ankomst.accommodation.ui.UnitBreakdown.Status;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static no.ankomst.db.Tables.HOUSEHOLD;
import static no.ankomst.db.Tables.PERSON;
import static no.ankomst.db.Tables.SITE;

@AnkomstTest
class OccupancyViewTest extends SpringBrowserlessTest {

    @Autowired
    Clock clock;

    @Autowired
    UnitService units;
    @Autowired
    StayService stays;
    @Autowired
    DSLContext db;
    @Autowired
    OccupancyService occupancy;

    @BeforeEach
    void speakEnglish() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    private String figure(long site, String name) {
        return $(Span.class).id("occupancy-" + site + "-" + name).getText();
    }

    @Test
    @WithUserDetails("admin")
    void the_board_shows_a_sites_figures_and_opens_its_beds_with_free_ones_as_free_rows() {
        long site = db.insertInto(SITE).set(SITE.NAME, "Visningsmottak " + System.nanoTime())
                .set(SITE.TYPE, "TRANSIT_CENTRE").set(SITE.MUNICIPALITY_CODE, "0301")
                .returning(SITE.ID).fetchSingle(SITE.ID);
        long unit = units.createUnit(site, "Hus A");
        long taken = units.addBed(unit, new NewBed("A1", false, false));
        units.addBed(unit, new NewBed("A2", false, false));
        long person = db.insertInto(PERSON).set(PERSON.FAMILY_NAME, "Nordmann").set(PERSON.GIVEN_NAMES, "Ola")
                .set(PERSON.BIRTH_DATE, LocalDate.of(1980, 1, 1)).set(PERSON.SEX, "MALE")
                .set(PERSON.SEARCH_TEXT, "nordmann ola").returning(PERSON.ID).fetchSingle(PERSON.ID);
        stays.checkIn(person, site, taken, LocalDate.now(clock).minusDays(1));

        navigate(OccupancyView.class);

        assertThat(figure(site, "total")).isEqualTo("1");
        assertThat(figure(site, "men")).isEqualTo("1");
        assertThat(figure(site, "beds")).isEqualTo("2");
        assertThat(figure(site, "free")).isEqualTo("1");
        assertThat(figure(site, "arrivals")).isEqualTo("1");

        test($(Button.class).id("occupancy-open-" + site)).click();

        @SuppressWarnings("unchecked")
        TreeData<Line> tree = ((TreeGrid<Line>) $(TreeGrid.class).id("occupancy-beds")).getTreeData();
        Line unitGroup = tree.getRootItems().getFirst();
        assertThat(tree.getChildren(unitGroup)).extracting(Line::label, Line::status, Line::occupant)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A1", Status.OCCUPIED, "Nordmann, Ola"),
                        org.assertj.core.groups.Tuple.tuple("A2", Status.FREE, null));
        assertThat(tree.getRootItems().getLast().label()).startsWith("Not assigned a bed");
    }

    @Test
    @WithUserDetails("staff")
    void centre_staff_see_their_one_site_opened_straight_away() {
        navigate(OccupancyView.class);

        assertThat($(OccupancyFigures.class).all()).hasSize(1);
        assertThat($(UnitBreakdown.class).single().isVisible()).isTrue();
    }

    @Test
    @WithUserDetails("admin")
    void a_household_is_moved_together_from_the_board_into_beds_suggested_together() {
        long site = db.insertInto(SITE).set(SITE.NAME, "Flyttemottak " + System.nanoTime())
                .set(SITE.TYPE, "ORDINARY_CENTRE").set(SITE.MUNICIPALITY_CODE, "0301")
                .returning(SITE.ID).fetchSingle(SITE.ID);
        long single = units.createUnit(site, "Enkeltrom");
        units.addBed(single, new NewBed("E1", false, false));
        long family = units.createUnit(site, "Familierom");
        long f1 = units.addBed(family, new NewBed("F1", false, false));
        long f2 = units.addBed(family, new NewBed("F2", false, false));
        long household = db.insertInto(HOUSEHOLD).defaultValues().returning(HOUSEHOLD.ID).fetchSingle(HOUSEHOLD.ID);
        long mother = person("Bondar", "FEMALE", household, "HEAD");
        long son = person("Bondar", "MALE", household, "CHILD");
        stays.checkIn(mother, site, null, LocalDate.now(clock).minusDays(2));
        stays.checkIn(son, site, null, LocalDate.now(clock).minusDays(2));
        OccupancyView view = navigate(OccupancyView.class);
        test($(Button.class).id("occupancy-open-" + site)).click();
        Occupant who = occupancy.occupancyOfSite(site, LocalDate.now(clock)).notAssigned().stream()
                .filter(o -> o.personId() == mother).findFirst().orElseThrow();

        view.openMove(who);

        assertThat($(Checkbox.class).id("move-household").getValue()).isTrue();
        test($(Button.class).id("move-save")).click();

        assertThat(stays.openStay(mother).orElseThrow().bedId()).isIn(f1, f2);
        assertThat(stays.openStay(son).orElseThrow().bedId()).isIn(f1, f2);
        assertThat(occupancy.occupancyOfSite(site, LocalDate.now(clock)).notAssigned()).isEmpty();
    }

    @Test
    @WithUserDetails("manager")
    void managers_see_the_board_without_move_or_check_out() {
        navigate(OccupancyView.class);
        long anySite = db.select(SITE.ID).from(SITE).where(SITE.ACTIVE).limit(1).fetchSingle(SITE.ID);

        assertThat(occupancy.occupancyOfSite(anySite, LocalDate.now(clock)).changeable()).isFalse();
    }

    private long person(String family, String sex, long household, String relation) {
        return db.insertInto(PERSON).set(PERSON.FAMILY_NAME, family).set(PERSON.GIVEN_NAMES, "Test")
                .set(PERSON.BIRTH_DATE, LocalDate.of(1985, 3, 3)).set(PERSON.SEX, sex)
                .set(PERSON.HOUSEHOLD_ID, household).set(PERSON.RELATION_TO_HEAD, relation)
                .set(PERSON.SEARCH_TEXT, family.toLowerCase()).returning(PERSON.ID).fetchSingle(PERSON.ID);
    }
}
