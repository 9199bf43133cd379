package no.ankomst.reporting.ui;

import static no.ankomst.db.Tables.SITE;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.Locale;
import no.ankomst.AnkomstTest;
import no.ankomst.base.ui.NotFoundOrNotYoursView;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The archive view per role: managers take a snapshot for a period (a period the wrong way round is refused on the
 * field), centre staff do not see that; a typed address to an unknown snapshot or another site's scope ends on
 * "not found, or not yours"; health staff cannot open the view at all.
 */
@AnkomstTest
class ReportsViewTest extends SpringBrowserlessTest {

    @Autowired
    DSLContext db;

    @BeforeEach
    void speakEnglish() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @Test
    @WithUserDetails("manager")
    void a_period_that_ends_before_it_starts_is_refused_on_the_end_field() {
        navigate(ReportsView.class);
        $(DatePicker.class).id("reports-start").setValue(LocalDate.of(2025, 2, 10));
        $(DatePicker.class).id("reports-end").setValue(LocalDate.of(2025, 2, 1));
        test($(Button.class).id("reports-take")).click();

        DatePicker end = $(DatePicker.class).id("reports-end");
        assertThat(end.isInvalid()).isTrue();
        assertThat(end.getErrorMessage()).contains("before the start");
        assertThat(db.fetchCount(db.selectFrom("report_snapshot").where("period_start = date '2025-02-10'")))
                .isZero();
    }

    @Test
    @WithUserDetails("staff")
    void centre_staff_are_not_offered_a_new_snapshot() {
        navigate(ReportsView.class);
        assertThat($(Button.class).withId("reports-take").exists()).isFalse();
        assertThat($(Button.class).withId("reports-pdf").exists()).isTrue();
    }

    @Test
    @WithUserDetails("staff")
    void a_typed_address_to_an_unknown_snapshot_or_another_sites_scope_is_not_found_or_not_yours() {
        long haugesund = db.select(SITE.ID).from(SITE).where(SITE.NAME.eq("Haugesund mottak")).fetchSingle(SITE.ID);
        UI.getCurrent().navigate("reports", QueryParameters.fromString("scope=SITE-" + haugesund));
        assertThat(getCurrentView()).isInstanceOf(NotFoundOrNotYoursView.class);
        UI.getCurrent().navigate("reports", QueryParameters.fromString("snapshot=" + Long.MAX_VALUE));
        assertThat(getCurrentView()).isInstanceOf(NotFoundOrNotYoursView.class);
        UI.getCurrent().navigate("reports", QueryParameters.fromString("snapshot=abc"));
        assertThat(getCurrentView()).isInstanceOf(NotFoundOrNotYoursView.class);
        UI.getCurrent().navigate("reports", QueryParameters.fromString("scope=COUNTRY"));
        assertThat(getCurrentView()).isInstanceOf(NotFoundOrNotYoursView.class);
    }

    @Test
    @WithUserDetails("coordinator")
    void a_coordinator_opens_their_municipalitys_reports_and_no_other_scope() {
        UI.getCurrent().navigate("reports", QueryParameters.fromString("scope=MUNICIPALITY-0301"));
        assertThat(getCurrentView()).isInstanceOf(ReportsView.class);
        assertThat($(Button.class).withId("reports-take").exists()).isFalse();
        for (String other : new String[] {"MUNICIPALITY-3107", "COUNTY-03", "COUNTRY", "MUNICIPALITY-x"}) {
            UI.getCurrent().navigate("reports", QueryParameters.fromString("scope=" + other));
            assertThat(getCurrentView()).as(other).isInstanceOf(NotFoundOrNotYoursView.class);
        }
    }

    @Test
    @WithUserDetails("manager")
    void a_manager_opens_a_countys_reports() {
        UI.getCurrent().navigate("reports", QueryParameters.fromString("scope=COUNTY-31"));
        assertThat(getCurrentView()).isInstanceOf(ReportsView.class);
    }

    @Test
    @WithUserDetails("health")
    void health_staff_cannot_open_the_reports() {
        UI.getCurrent().navigate("reports");
        assertThat(getCurrentView()).isNotInstanceOf(ReportsView.class);
    }
}
