package no.ankomst.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import no.ankomst.AnkomstTest;
import no.ankomst.residents.ResidentScopeConditions;
import no.ankomst.security.UserService;
import no.ankomst.settlement.SettlementTestData.Household;
import no.ankomst.settlement.SettlementTestData.Municipality;
import no.ankomst.health.TbStatusService;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A coordinator reaches the people proposed (sent) or accepted to their municipality, not drafts nor others. */
@AnkomstTest
class SettlementReachTest {

    @Autowired
    TbStatusService tb;
    @Autowired
    DSLContext db;
    @Autowired
    UserService users;
    @Autowired
    UserDetailsService details;
    @Autowired
    Clock clock;

    @Test
    void a_coordinator_reaches_the_members_of_a_sent_proposal_only() {
        SettlementTestData data = new SettlementTestData(db, users, details, clock);
        Municipality m = data.municipality(10, 0);
        Household sent = data.ready(m.county(), 1, 0);
        Household draft = data.ready(m.county(), 1, 0);
        data.sent(sent.id(), m.code(), null);
        data.proposal(draft.id(), m.code(), null, ProposalState.DRAFT);
        String coordinator = data.coordinator(m.code());

        assertThat(data.as(coordinator, () -> tb.statusForHandover(sent.persons().getFirst()))).isPresent();
        assertThat(data.as(coordinator, () -> tb.statusForHandover(draft.persons().getFirst()))).isEmpty();
        assertThat(data.as(data.coordinator(data.municipality(1, 0).code()),
                () -> tb.statusForHandover(sent.persons().getFirst()))).isEmpty();
    }
}
