package no.ankomst.protection.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.ankomst.AnkomstTest;
import no.ankomst.protection.CaseFixtures;
import no.ankomst.protection.CaseState;
import no.ankomst.protection.ProtectionCaseRecords.CaseRow;
import no.ankomst.protection.ProtectionCaseRecords.StateChange;
import no.ankomst.protection.ProtectionCaseService;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithUserDetails;

@AnkomstTest
@WithUserDetails("staff")
class CasesViewTest extends SpringBrowserlessTest {

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

    @SuppressWarnings("unchecked")
    private List<Long> listedCases() {
        Grid<CaseRow> grid = $(Grid.class).id("cases-grid");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < test(grid).size(); i++) {
            ids.add(test(grid).getRow(i).caseId());
        }
        return ids;
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_list_opens_on_the_staff_site_and_filters_by_state() {
        long sent = fixtures.personAt(CaseFixtures.RADE);
        long sentCase = cases.open(sent, today.minusDays(9), "registered");
        cases.changeState(sentCase, 0, new StateChange(CaseState.SENT_TO_UDI, today, "sent", null, null));
        long registeredCase = cases.open(fixtures.personAt(CaseFixtures.RADE), today, "registered");

        navigate(CasesView.class);
        ComboBox<Object> site = $(ComboBox.class).id("cases-site");
        assertThat(site.getValue()).isNotNull();
        $(Select.class).id("cases-state").setValue(CaseState.SENT_TO_UDI);

        assertThat(listedCases()).contains(sentCase).doesNotContain(registeredCase);
    }

    @Test
    void the_worklist_link_opens_the_list_of_expired_permits() {
        UI.getCurrent().navigate(CasesView.class, com.vaadin.flow.router.QueryParameters.of("expired", "true"));

        assertThat($(Checkbox.class).id("cases-expired").getValue()).isTrue();
        for (long id : listedCases()) {
            assertThat(cases.page(new no.ankomst.protection.ProtectionCaseRecords.CaseFilter(null, null, null,
                    no.ankomst.protection.ProtectionCaseRecords.WaitingSince.LAST_EVENT, null, true),
                    no.ankomst.protection.ProtectionCaseRecords.CaseSort.NAME, 0, 500, null))
                    .extracting(CaseRow::caseId).contains(id);
        }
    }
}
