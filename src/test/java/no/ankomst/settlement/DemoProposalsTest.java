package no.ankomst.settlement;

import static no.ankomst.db.Tables.PERSON_MUNICIPALITY;
import static no.ankomst.db.Tables.SETTLEMENT_PROPOSAL;
import static org.assertj.core.api.Assertions.assertThat;

import no.ankomst.AnkomstTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo shows the demo coordinator (Oslo) proposals waiting and a household settled there. */
@AnkomstTest
class DemoProposalsTest {

    @Autowired
    DSLContext db;

    @Test
    void the_demo_has_proposals_sent_to_oslo_and_a_household_settled_there() {
        assertThat(db.fetchCount(SETTLEMENT_PROPOSAL, SETTLEMENT_PROPOSAL.MUNICIPALITY_CODE.eq("0301")
                .and(SETTLEMENT_PROPOSAL.PROPOSED_BY.eq("demo-data"))
                .and(SETTLEMENT_PROPOSAL.STATE.eq("SENT")))).isPositive();
        assertThat(db.fetchCount(PERSON_MUNICIPALITY, PERSON_MUNICIPALITY.MUNICIPALITY_CODE.eq("0301"))).isPositive();
    }
}
