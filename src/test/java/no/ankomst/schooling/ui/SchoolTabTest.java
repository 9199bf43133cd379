package no.ankomst.schooling.ui;

import static no.ankomst.db.Tables.HOUSEHOLD;
import static no.ankomst.db.Tables.PERSON;
import static no.ankomst.db.Tables.SCHOOL;
import static no.ankomst.db.Tables.SITE;
import static no.ankomst.db.Tables.STAY;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import no.ankomst.AnkomstTest;
import no.ankomst.residents.ui.ResidentDetailView;
import no.ankomst.schooling.SchoolingRecords.SchoolRow;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The School tab and header chip on a child's page: a late child, an enrolment saved from the tab, the chip follows. */
@AnkomstTest
class SchoolTabTest extends SpringBrowserlessTest {

    @Autowired
    DSLContext db;
    @Autowired
    Clock clock;

    private LocalDate today;

    @BeforeEach
    void setUp() {
        today = LocalDate.now(clock);
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    private long lateChildAt(String siteName) {
        long site = db.select(SITE.ID).from(SITE).where(SITE.NAME.eq(siteName)).fetchSingle(SITE.ID);
        long household = db.insertInto(HOUSEHOLD).defaultValues().returning(HOUSEHOLD.ID).fetchSingle(HOUSEHOLD.ID);
        String family = "Uchenko" + System.nanoTime() % 1_000_000;
        long id = db.insertInto(PERSON).set(PERSON.FAMILY_NAME, family).set(PERSON.GIVEN_NAMES, "Ivan")
                .set(PERSON.BIRTH_DATE, today.minusYears(9)).set(PERSON.SEX, "MALE")
                .set(PERSON.ARRIVAL_DATE, today.minusDays(40)).set(PERSON.HOUSEHOLD_ID, household)
                .set(PERSON.RELATION_TO_HEAD, "HEAD").set(PERSON.SEARCH_TEXT, family.toLowerCase() + " ivan")
                .returning(PERSON.ID).fetchSingle(PERSON.ID);
        db.insertInto(STAY).set(STAY.PERSON_ID, id).set(STAY.SITE_ID, site).set(STAY.CHECKED_IN_ON, today.minusDays(40))
                .execute();
        if (!db.fetchExists(SCHOOL, SCHOOL.MUNICIPALITY_CODE.eq("3112"))) {
            db.insertInto(SCHOOL).set(SCHOOL.MUNICIPALITY_CODE, "3112").set(SCHOOL.NAME, "Råde test skole").execute();
        }
        return id;
    }

    private static int tabIndex(TabSheet tabs, String label) {
        for (int i = 0; i < tabs.getTabCount(); i++) {
            if (label.equals(tabs.getTabAt(i).getLabel())) {
                return i;
            }
        }
        return -1;
    }

    @Test
    @WithUserDetails("staff")
    @SuppressWarnings("unchecked")
    void staff_see_a_late_child_enrol_them_from_the_tab_and_the_header_chip_follows() {
        long child = lateChildAt("Nasjonalt ankomstsenter Råde");
        navigate(ResidentDetailView.class, child);
        assertThat($(Span.class).id("header-school-status").getText()).isEqualTo("School: late");
        TabSheet tabs = $(TabSheet.class).id("resident-tabs");
        tabs.setSelectedIndex(tabIndex(tabs, "School"));
        assertThat($(Span.class).id("school-status").getText()).isEqualTo("late");

        test($(Button.class).id("school-new-enrolment")).click();
        ComboBox<SchoolRow> school = $(ComboBox.class).id("enrolment-school");
        school.setValue(school.getListDataView().getItems().findFirst().orElseThrow());
        $(IntegerField.class).id("enrolment-year").setValue(4);
        $(com.vaadin.flow.component.datepicker.DatePicker.class).id("enrolment-applied-on").setValue(today.minusDays(20));
        $(com.vaadin.flow.component.datepicker.DatePicker.class).id("enrolment-started-on").setValue(today.minusDays(10));
        test($(Button.class).id("enrolment-dialog-save")).click();

        assertThat($(Span.class).id("school-status").getText()).isEqualTo("started");
        assertThat($(Span.class).id("header-school-status").getText()).isEqualTo("School: started");
    }

    @Test
    @WithUserDetails("health")
    void health_staff_see_neither_the_tab_nor_the_chip() {
        // health staff work at Haugesund: they open the child's page, without school
        long child = lateChildAt("Haugesund mottak");
        navigate(ResidentDetailView.class, child);
        TabSheet tabs = $(TabSheet.class).id("resident-tabs");
        assertThat(tabIndex(tabs, "School")).isEqualTo(-1);
        assertThat($(Span.class).withId("header-school-status").exists()).isFalse();
    }
}
