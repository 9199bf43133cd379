package no.ankomst.protection.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import no.ankomst.AnkomstTest;
import no.ankomst.audit.AuditEntry;
import no.ankomst.protection.CaseFixtures;
import no.ankomst.protection.CaseState;
import no.ankomst.protection.ProcessingTrack;
import no.ankomst.protection.ProtectionCaseRecords.StateChange;
import no.ankomst.protection.ProtectionCaseService;
import no.ankomst.residents.ui.ResidentDetailView;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithUserDetails;

@AnkomstTest
@WithUserDetails("staff")
class ProtectionCasePanelTest extends SpringBrowserlessTest {

    @Autowired
    ProtectionCaseService cases;
    @Autowired
    DSLContext db;
    @Autowired
    ApplicationContext context;

    private CaseFixtures fixtures;
    @Autowired
    Clock clock;

    /** Today on the app's clock (Oslo), not the JVM's zone: they differ for hours each day elsewhere. */
    private LocalDate today;

    @BeforeEach
    void english() {
        today = LocalDate.now(clock);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        fixtures = new CaseFixtures(db, context);
    }

    private void openCaseTab(long personId) {
        navigate(ResidentDetailView.class, personId);
        TabSheet tabs = $(TabSheet.class).first();
        tabs.setSelectedIndex(caseTabIndex(tabs));
    }

    private static int caseTabIndex(TabSheet tabs) {
        for (int i = 0; i < tabs.getTabCount(); i++) {
            if ("Case".equals(tabs.getTabAt(i).getLabel())) {
                return i;
            }
        }
        return -1;
    }

    private String text(String id) {
        return $(Span.class).id(id).getText();
    }

    private void save(String dialog, String reason) {
        test($(TextField.class).id(dialog + "-reason")).setValue(reason);
        test($(Button.class).id(dialog + "-save")).click();
    }

    @Test
    void staff_open_a_case_and_are_offered_only_the_steps_the_process_allows() {
        long person = fixtures.personAt(CaseFixtures.RADE);
        openCaseTab(person);
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).id("case-none").getText())
                .contains("No protection case");

        test($(Button.class).id("case-open")).click();
        save("case-open-dialog", "registered at Råde");
        assertThat(text("case-state")).isEqualTo("Registered with the police");
        assertThat(text("case-work-status")).isEqualTo("No right to work");
        assertThat($(Button.class).withId("case-grant").exists()).isFalse();

        test($(Button.class).id("case-change-state")).click();
        @SuppressWarnings("unchecked")
        Select<CaseState> to = $(Select.class).id("case-state-to");
        assertThat(to.getListDataView().getItems()).containsExactly(CaseState.SENT_TO_UDI, CaseState.WITHDRAWN);
        to.setValue(CaseState.SENT_TO_UDI);
        save("case-state-dialog", "sent by the police");

        assertThat(text("case-state")).isEqualTo("Sent to UDI");
        assertThat(cases.caseOf(person).orElseThrow().events()).hasSize(2);
    }

    @Test
    void the_header_badge_follows_a_case_change_made_in_the_tab_without_a_reload() {
        long person = fixtures.personAt(CaseFixtures.RADE);
        openCaseTab(person);
        assertThat($(Span.class).withId("header-case-state").exists()).isFalse();

        test($(Button.class).id("case-open")).click();
        save("case-open-dialog", "registered at Råde");
        assertThat(text("header-case-state")).isEqualTo("Registered with the police");

        test($(Button.class).id("case-change-state")).click();
        @SuppressWarnings("unchecked")
        Select<CaseState> to = $(Select.class).id("case-state-to");
        to.setValue(CaseState.SENT_TO_UDI);
        save("case-state-dialog", "sent by the police");
        assertThat(text("header-case-state")).isEqualTo("Sent to UDI");
    }

    @Test
    void the_protection_case_shows_in_the_residents_history() {
        long person = fixtures.personAt(CaseFixtures.RADE);
        cases.open(person, today.minusDays(3), "registered");
        navigate(ResidentDetailView.class, person);
        TabSheet tabs = $(TabSheet.class).first();
        for (int i = 0; i < tabs.getTabCount(); i++) {
            if ("History".equals(tabs.getTabAt(i).getLabel())) {
                tabs.setSelectedIndex(i);
            }
        }

        @SuppressWarnings("unchecked")
        Grid<AuditEntry> history = $(Grid.class).id("history-grid");
        assertThat(test(history).getCellText(0, 2)).isEqualTo("Protection case opened");
    }

    @Test
    void a_grant_without_a_permit_start_is_marked_on_the_field_then_granted_with_work_allowed() {
        long person = fixtures.personAt(CaseFixtures.RADE);
        long id = cases.open(person, today.minusDays(20), "registered");
        cases.changeState(id, 0, new StateChange(CaseState.SENT_TO_UDI, today.minusDays(15), "sent", null, null));
        cases.changeState(id, 1, new StateChange(CaseState.IN_PROCESSING, today.minusDays(10), "started", null,
                ProcessingTrack.AUTOMATIC));
        openCaseTab(person);

        test($(Button.class).id("case-grant")).click();
        DatePicker from = $(DatePicker.class).id("case-grant-from");
        from.clear();
        $(DatePicker.class).id("case-grant-to").clear();
        save("case-grant-dialog", "UDI decision");

        assertThat(from.isInvalid()).isTrue();
        assertThat(from.getErrorMessage()).isEqualTo("is required");
        assertThat(cases.caseOf(person).orElseThrow().state()).isEqualTo(CaseState.IN_PROCESSING);

        from.setValue(today);
        @SuppressWarnings("unchecked")
        Select<Object> card = $(Select.class).id("case-grant-card");
        card.setValue(no.ankomst.protection.ResidenceCardStatus.ORDERED);
        test($(Button.class).id("case-grant-dialog-save")).click();

        assertThat(text("case-state")).isEqualTo("Granted");
        assertThat(text("case-work-status")).isEqualTo("Work allowed");
        assertThat(text("case-permit-period")).isEqualTo(today + " – " + today.plusYears(1).minusDays(1));
        assertThat($(Button.class).withId("case-renew").exists()).isTrue();

        // the header says it too, wherever on the detail one is
        navigate(ResidentDetailView.class, person);
        assertThat(text("header-case-state")).isEqualTo("Granted");
        assertThat(text("header-work-status")).isEqualTo("Work allowed");
        assertThat($(Span.class).withId("header-permit-expiring").exists()).isFalse();
    }

    @Test
    void a_permit_running_out_within_the_warning_days_is_flagged_in_the_header() {
        long person = fixtures.personAt(CaseFixtures.RADE);
        long id = cases.open(person, today.minusYears(1).minusDays(30), "registered");
        cases.changeState(id, 0, new StateChange(CaseState.SENT_TO_UDI, today.minusYears(1).minusDays(25), "sent",
                null, null));
        cases.changeState(id, 1, new StateChange(CaseState.IN_PROCESSING, today.minusYears(1).minusDays(20),
                "started", null, ProcessingTrack.AUTOMATIC));

        LocalDate granted = today.minusYears(1).plusDays(20);
        cases.grant(id, 2, new no.ankomst.protection.ProtectionCaseRecords.Grant(granted, "decision", granted,
                null, no.ankomst.protection.ResidenceCardStatus.ISSUED, null, null, null));

        navigate(ResidentDetailView.class, person);
        assertThat(text("header-work-status")).isEqualTo("Work allowed");
        assertThat(text("header-permit-expiring")).isEqualTo("Permit expires " + granted.plusYears(1).minusDays(1));
    }

    @Test
    void a_renewal_is_proposed_for_a_year_capped_at_the_maximum_and_refused_once_it_is_reached() {
        long person = fixtures.personAt(CaseFixtures.RADE);
        LocalDate first = today.minusYears(4).minusDays(20);
        long id = cases.open(person, first.minusDays(30), "registered");
        cases.changeState(id, 0, new StateChange(CaseState.SENT_TO_UDI, first.minusDays(25), "sent", null, null));
        cases.changeState(id, 1, new StateChange(CaseState.IN_PROCESSING, first.minusDays(20), "started", null,
                ProcessingTrack.AUTOMATIC));
        cases.grant(id, 2, new no.ankomst.protection.ProtectionCaseRecords.Grant(first, "decision", first,
                first.plusYears(4).minusDays(1), no.ankomst.protection.ResidenceCardStatus.ISSUED, null, null, true));
        openCaseTab(person);

        test($(Button.class).id("case-renew")).click();
        DatePicker to = $(DatePicker.class).id("case-renew-to");
        assertThat(to.getValue()).isEqualTo(first.plusYears(5).minusDays(1));
        save("case-renew-dialog", "renewed by UDI");
        assertThat(text("case-permit-period")).isEqualTo(first.plusYears(4) + " – " + first.plusYears(5).minusDays(1));

        test($(Button.class).id("case-renew")).click();
        save("case-renew-dialog", "once more");
        DatePicker refused = $(DatePicker.class).id("case-renew-to");
        assertThat(refused.isInvalid()).isTrue();
        assertThat(refused.getErrorMessage()).contains("maximum of 5 years");
        assertThat(cases.caseOf(person).orElseThrow().permits()).hasSize(2);
    }

    @Test
    @WithUserDetails("manager")
    void a_manager_sees_the_case_but_no_actions() {
        long person = fixtures.personAt(CaseFixtures.HAUGESUND);
        fixtures.as("admin", () -> cases.open(person, today, "registered"));
        openCaseTab(person);

        assertThat(text("case-state")).isEqualTo("Registered with the police");
        assertThat($(Button.class).withId("case-change-state").exists()).isFalse();
    }

    @Test
    @WithUserDetails("health")
    void health_staff_get_no_case_tab() {
        long person = fixtures.personAt(CaseFixtures.HAUGESUND);
        navigate(ResidentDetailView.class, person);

        TabSheet tabs = $(TabSheet.class).first();
        assertThat(caseTabIndex(tabs)).isEqualTo(-1);
        assertThat(tabs.getTabCount()).isPositive();
    }
}
