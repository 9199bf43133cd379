package no.ankomst.letters.ui;

import static no.ankomst.db.Tables.AUDIT_EVENT;
import static no.ankomst.db.Tables.HOUSEHOLD;
import static no.ankomst.db.Tables.PERSON;
import static no.ankomst.db.Tables.SITE;
import static no.ankomst.db.Tables.STAY;
import static no.ankomst.db.Tables.TB_APPOINTMENT;
import static no.ankomst.db.Tables.TB_CLINIC;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import no.ankomst.AnkomstTest;
import no.ankomst.accommodation.SiteRecords.SiteRow;
import no.ankomst.base.ui.NotFoundOrNotYoursView;
import no.ankomst.letters.LetterKind;
import no.ankomst.letters.LetterLanguage;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The letter pages per role: staff reach the letters of their site's residents from the resident page and the TB
 * list; a typed address to a person or site of another site ends on "not found, or not yours" and is audited.
 */
@AnkomstTest
class LetterViewsTest extends SpringBrowserlessTest {

    @Autowired
    DSLContext db;
    @Autowired
    Clock clock;

    @BeforeEach
    void speakEnglish() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    private long site(String name) {
        return db.select(SITE.ID).from(SITE).where(SITE.NAME.eq(name)).fetchSingle(SITE.ID);
    }

    /** A resident of the site who speaks Russian, with a TB appointment in three days. */
    private long bookedResident(String siteName) {
        LocalDate today = LocalDate.now(clock);
        String family = "Lystviewenko" + System.nanoTime() % 1_000_000;
        long household = db.insertInto(HOUSEHOLD).defaultValues().returning(HOUSEHOLD.ID).fetchSingle(HOUSEHOLD.ID);
        long person = db.insertInto(PERSON).set(PERSON.FAMILY_NAME, family).set(PERSON.GIVEN_NAMES, "Olha")
                .set(PERSON.HOUSEHOLD_ID, household).set(PERSON.RELATION_TO_HEAD, "HEAD")
                .set(PERSON.BIRTH_DATE, today.minusYears(33)).set(PERSON.SEX, "FEMALE")
                .set(PERSON.LANGUAGES, new String[] {"ru"}).set(PERSON.ARRIVAL_DATE, today.minusDays(5))
                .set(PERSON.SEARCH_TEXT, family.toLowerCase() + " olha").returning(PERSON.ID).fetchSingle(PERSON.ID);
        db.insertInto(STAY).set(STAY.PERSON_ID, person).set(STAY.SITE_ID, site(siteName))
                .set(STAY.CHECKED_IN_ON, today.minusDays(5)).execute();
        long clinic = db.select(TB_CLINIC.ID).from(TB_CLINIC).where(TB_CLINIC.SITE_ID.eq(site(siteName)))
                .fetchSingle(TB_CLINIC.ID);
        db.insertInto(TB_APPOINTMENT).set(TB_APPOINTMENT.PERSON_ID, person).set(TB_APPOINTMENT.CLINIC_ID, clinic)
                .set(TB_APPOINTMENT.DAY, today.plusDays(3)).set(TB_APPOINTMENT.TEST_TYPE, "XRAY")
                .set(TB_APPOINTMENT.BOOKED_BY, "test").execute();
        return person;
    }

    @Test
    @WithUserDetails("staff")
    void staff_open_a_residents_letters_from_the_resident_page_in_the_persons_language() {
        long person = bookedResident("Nasjonalt ankomstsenter Råde");

        UI.getCurrent().navigate("residents/person/" + person);
        assertThat($(Anchor.class).id("resident-letters").getHref()).isEqualTo("letters/person/" + person);
        UI.getCurrent().navigate("letters/person/" + person);

        assertThat(getCurrentView()).isInstanceOf(LetterView.class);
        @SuppressWarnings("unchecked")
        Select<LetterKind> kind = $(Select.class).id("letter-kind");
        @SuppressWarnings("unchecked")
        Select<LetterLanguage> language = $(Select.class).id("letter-language");
        assertThat(kind.getValue()).isEqualTo(LetterKind.TB_APPOINTMENT);
        assertThat(language.getValue()).isEqualTo(LetterLanguage.RU);
        assertThat($(Checkbox.class).id("letter-remember").isVisible()).isTrue();
    }

    @Test
    @WithUserDetails("staff")
    void a_typed_address_to_another_sites_resident_or_site_is_not_found_or_not_yours_and_audited() {
        long elsewhere = bookedResident("Haugesund mottak");

        UI.getCurrent().navigate("letters/person/" + elsewhere);
        assertThat(getCurrentView()).isInstanceOf(NotFoundOrNotYoursView.class);
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("LETTER_REFUSED")
                .and(AUDIT_EVENT.ENTITY_ID.eq(String.valueOf(elsewhere))))).isOne();
        UI.getCurrent().navigate("letters/person/abc");
        assertThat(getCurrentView()).isInstanceOf(NotFoundOrNotYoursView.class);
        UI.getCurrent().navigate("letters/batch",
                QueryParameters.fromString("kind=TB_APPOINTMENT&site=" + site("Haugesund mottak")));
        assertThat(getCurrentView()).isInstanceOf(NotFoundOrNotYoursView.class);
    }

    @Test
    @WithUserDetails("staff")
    void the_tb_list_leads_to_the_batch_of_appointment_notices_of_the_chosen_site() {
        UI.getCurrent().navigate("health/tb");
        assertThat($(Anchor.class).id("tb-print-notices").getHref()).startsWith("letters/batch?kind=TB_APPOINTMENT");

        long rade = site("Nasjonalt ankomstsenter Råde");
        UI.getCurrent().navigate("letters/batch", QueryParameters.fromString("kind=SCHOOL&site=" + rade));
        assertThat(getCurrentView()).isInstanceOf(LetterBatchView.class);
        @SuppressWarnings("unchecked")
        Select<LetterKind> kind = $(Select.class).id("letter-batch-kind");
        @SuppressWarnings("unchecked")
        ComboBox<SiteRow> site = $(ComboBox.class).id("letter-batch-site");
        assertThat(kind.getValue()).isEqualTo(LetterKind.SCHOOL);
        assertThat(site.getValue().id()).isEqualTo(rade);
    }

    @Test
    @WithUserDetails("coordinator")
    void the_coordinators_municipality_page_leads_to_the_settlement_notices_of_the_days_people_move() {
        UI.getCurrent().navigate("settlement/municipality");
        Anchor link = $(Anchor.class).id("municipality-settlement-letters");
        assertThat(link.getHref()).isEqualTo("letters/batch?kind=SETTLEMENT");

        UI.getCurrent().navigate("letters/batch", QueryParameters.fromString("kind=SETTLEMENT"));
        @SuppressWarnings("unchecked")
        Select<LetterKind> kind = $(Select.class).id("letter-batch-kind");
        assertThat(kind.getValue()).isEqualTo(LetterKind.SETTLEMENT);
        // no site to choose: the notices are for everyone the coordinator reaches; the days are those of the moves
        assertThat($(ComboBox.class).withId("letter-batch-site").exists()).isFalse();
        DatePicker from = $(DatePicker.class).id("letter-batch-from");
        assertThat(from.isVisible()).isTrue();
        assertThat(from.getLabel()).isEqualTo("Moving from");
    }

    @Test
    @WithUserDetails("manager")
    void managers_have_no_letters() {
        UI.getCurrent().navigate("letters/batch");
        assertThat(getCurrentView()).isNotInstanceOf(LetterBatchView.class);
    }
}
