package no.ankomst.health.ui;

import static no.ankomst.db.Tables.AUDIT_EVENT;
import static no.ankomst.db.Tables.HOUSEHOLD;
import static no.ankomst.db.Tables.PERSON;
import static no.ankomst.db.Tables.SITE;
import static no.ankomst.db.Tables.STAY;
import static no.ankomst.db.Tables.TB_RESULT;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import java.time.LocalDate;
import java.util.Locale;
import no.ankomst.AnkomstTest;
import no.ankomst.MovableClock;
import no.ankomst.health.TbOutcome;
import no.ankomst.residents.ui.ResidentDetailView;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The Health tab, the header chip and the result page per role: health staff of the site see results (audited);
 * centre staff see the status only; a typed result address is refused, audited, and shows the calm page.
 */
@AnkomstTest
class TbViewsTest extends SpringBrowserlessTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 10, 6);

    @Autowired
    DSLContext db;
    @Autowired
    MovableClock clock;

    @BeforeEach
    void setUp() {
        clock.setDate(TODAY);
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private long personAt(String siteName) {
        String family = "Helsenko" + System.nanoTime() % 1_000_000;
        long household = db.insertInto(HOUSEHOLD).defaultValues().returning(HOUSEHOLD.ID).fetchSingle(HOUSEHOLD.ID);
        long id = db.insertInto(PERSON).set(PERSON.FAMILY_NAME, family).set(PERSON.GIVEN_NAMES, "Iryna")
                .set(PERSON.BIRTH_DATE, LocalDate.of(1980, 2, 2)).set(PERSON.SEX, "FEMALE")
                .set(PERSON.CITIZENSHIPS, new String[] {"UA"}).set(PERSON.ARRIVAL_DATE, TODAY.minusDays(20))
                .set(PERSON.SEARCH_TEXT, family.toLowerCase() + " iryna").set(PERSON.HOUSEHOLD_ID, household)
                .set(PERSON.RELATION_TO_HEAD, "HEAD").returning(PERSON.ID).fetchSingle(PERSON.ID);
        long site = db.select(SITE.ID).from(SITE).where(SITE.NAME.eq(siteName)).fetchSingle(SITE.ID);
        db.insertInto(STAY).set(STAY.PERSON_ID, id).set(STAY.SITE_ID, site).set(STAY.CHECKED_IN_ON, TODAY.minusDays(20))
                .execute();
        return id;
    }

    private long result(long personId) {
        return db.insertInto(TB_RESULT).set(TB_RESULT.PERSON_ID, personId).set(TB_RESULT.TEST_TYPE, "XRAY")
                .set(TB_RESULT.TESTED_ON, TODAY.minusDays(2)).set(TB_RESULT.OUTCOME, TbOutcome.LATENT_INFECTION.name())
                .set(TB_RESULT.RECORDED_BY, "health").returning(TB_RESULT.ID).fetchSingle(TB_RESULT.ID);
    }

    private void openHealthTab(long personId) {
        navigate(ResidentDetailView.class, personId);
        TabSheet tabs = $(TabSheet.class).id("resident-tabs");
        String label = UI.getCurrent().getTranslation("tb.tab");
        for (int i = 0; i < tabs.getTabCount(); i++) {
            if (label.equals(tabs.getTabAt(i).getLabel())) {
                tabs.setSelectedIndex(i);
                return;
            }
        }
        throw new AssertionError("no Health tab");
    }

    private String openByAddress(String address) {
        UI.getCurrent().navigate(address);
        return getCurrentView().getElement().getTextRecursively();
    }

    private boolean audited(String action, String actor, long resultId) {
        return db.fetchExists(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq(action).and(AUDIT_EVENT.ACTOR.eq(actor))
                .and(AUDIT_EVENT.ENTITY_TYPE.eq("tb_result")).and(AUDIT_EVENT.ENTITY_ID.eq(String.valueOf(resultId))));
    }

    @Test
    @WithUserDetails("health")
    void health_staff_of_the_site_see_results_on_the_tab_and_record_one_which_turns_the_chip_to_done() {
        long person = personAt("Haugesund mottak");
        navigate(ResidentDetailView.class, person);
        assertThat($(Span.class).id("header-tb-status").getText()).isEqualTo("TB: overdue");
        openHealthTab(person);
        assertThat(test($(Grid.class).id("tb-results")).size()).isZero();

        test($(Button.class).id("tb-record")).click();
        @SuppressWarnings("unchecked")
        Select<TbOutcome> outcome = $(Select.class).id("tb-outcome");
        outcome.setValue(TbOutcome.NO_FINDING);
        $(DatePicker.class).id("tb-tested-on").setValue(TODAY);
        test($(Button.class).id("tb-record-save")).click();

        assertThat(test($(Grid.class).id("tb-results")).size()).isEqualTo(1);
        assertThat($(Span.class).id("tb-status").getText()).isEqualTo("done");
        assertThat($(Span.class).id("header-tb-status").getText()).isEqualTo("TB: done");
    }

    @Test
    @WithUserDetails("health")
    void booking_is_offered_while_the_screening_is_to_be_done_and_no_longer_once_it_is_done() {
        long person = personAt("Haugesund mottak");
        navigate(ResidentDetailView.class, person);
        assertThat($(Component.class).withId("resident-tb-booking").exists()).isTrue();

        result(person);
        navigate(ResidentDetailView.class, person);

        assertThat($(Component.class).withId("resident-tb-booking").exists()).isFalse();
    }

    @Test
    @WithUserDetails("health")
    void health_staff_open_a_result_of_their_site_by_address_and_the_read_is_audited() {
        long resultId = result(personAt("Haugesund mottak"));
        assertThat(openByAddress("health/tb/result/" + resultId)).contains("Latent infection");
        assertThat(audited("TB_RESULT_READ", "health", resultId)).isTrue();
    }

    @Test
    @WithUserDetails("health")
    void health_staff_of_another_site_typing_a_result_address_get_the_calm_page_and_are_audited() {
        long resultId = result(personAt("Nasjonalt ankomstsenter Råde"));
        assertThat(openByAddress("health/tb/result/" + resultId)).contains("Not found, or not yours to see")
                .doesNotContain("Latent infection");
        assertThat(audited("TB_RESULT_REFUSED", "health", resultId)).isTrue();
    }

    @Test
    @WithUserDetails("staff")
    void centre_staff_see_the_status_but_no_results_and_a_typed_result_address_is_refused_and_audited() {
        long person = personAt("Nasjonalt ankomstsenter Råde");
        long resultId = result(person);
        openHealthTab(person);
        assertThat($(Span.class).id("tb-status").getText()).isEqualTo("done");
        assertThat($(Grid.class).withId("tb-results").exists()).isFalse();
        assertThat($(Button.class).withId("tb-record").exists()).isFalse();

        assertThat(openByAddress("health/tb/result/" + resultId)).contains("Not found, or not yours to see")
                .doesNotContain("Latent infection");
        assertThat(audited("TB_RESULT_REFUSED", "staff", resultId)).isTrue();
    }

    @Test
    @WithUserDetails("admin")
    void an_administrator_typing_a_result_address_is_refused_and_audited() {
        long resultId = result(personAt("Haugesund mottak"));
        assertThat(openByAddress("health/tb/result/" + resultId)).contains("Not found, or not yours to see");
        assertThat(audited("TB_RESULT_REFUSED", "admin", resultId)).isTrue();
    }
}
