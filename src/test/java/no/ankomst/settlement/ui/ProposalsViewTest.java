package no.ankomst.settlement.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import java.time.Clock;
import java.util.Locale;
import no.ankomst.AnkomstTest;
import no.ankomst.security.UserService;
import no.ankomst.settlement.ProposalRecords.ProposalRow;
import no.ankomst.settlement.ProposalService;
import no.ankomst.settlement.ProposalState;
import no.ankomst.settlement.SettlementTestData;
import no.ankomst.settlement.SettlementTestData.Household;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** The demo officer (Østfold, Oslo) sends a draft from the proposals list; coordinators cannot open the list. */
@AnkomstTest
class ProposalsViewTest extends SpringBrowserlessTest {

    @Autowired
    ProposalService proposals;
    @Autowired
    DSLContext db;
    @Autowired
    UserService users;
    @Autowired
    UserDetailsService details;
    @Autowired
    Clock clock;

    private SettlementTestData data;

    @BeforeEach
    void english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        data = new SettlementTestData(db, users, details, clock);
    }

    @Test
    @WithUserDetails("officer")
    @SuppressWarnings("unchecked")
    void the_officer_selects_a_draft_and_sends_it_to_oslo() {
        Household h = data.ready("31", 1, 0);
        long proposal = data.proposal(h.id(), "0301", null, ProposalState.DRAFT);
        navigate(ProposalsView.class);
        ProposalRow row = proposals.get(proposal);

        Grid<ProposalRow> grid = $(Grid.class).id("proposals-grid");
        grid.asSingleSelect().setValue(row);
        assertThat($(Button.class).id("proposal-send").isEnabled()).isTrue();
        test($(Button.class).id("proposal-send")).click();

        assertThat(data.proposalState(proposal)).isEqualTo("SENT");
        assertThat(data.householdState(h.id())).isEqualTo("PROPOSED");
    }

    @Test
    @WithUserDetails("coordinator")
    void a_coordinator_typing_the_proposals_address_does_not_get_the_list() {
        UI.getCurrent().navigate("settlement/proposals");
        assertThat(getCurrentView()).isNotInstanceOf(ProposalsView.class);
    }
}
