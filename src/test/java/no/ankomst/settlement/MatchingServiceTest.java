package no.ankomst.settlement;

import static no.ankomst.db.Tables.MATCHING_RUN;
import static no.ankomst.db.Tables.SETTLEMENT_INTERVIEW;
import static no.ankomst.db.Tables.SETTLEMENT_PROPOSAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import no.ankomst.AnkomstTest;
import no.ankomst.security.UserService;
import no.ankomst.settlement.ProposalRecords.ProposalFilter;
import no.ankomst.settlement.ProposalRecords.ProposalRow;
import no.ankomst.settlement.ProposalRecords.RunSummary;
import no.ankomst.settlement.SettlementTestData.Household;
import no.ankomst.settlement.SettlementTestData.Municipality;
import no.ankomst.settlement.matching.PreferenceTerm;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A run over the officer's counties, read from the database, recorded with drafts and their explanation. */
@AnkomstTest
class MatchingServiceTest {

    @Autowired
    MatchingService matching;
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

    private static void spare(SettlementTestData data, Municipality... municipalities) {
        for (Municipality municipality : municipalities) {
            for (int i = 0; i < 20; i++) {
                data.dwelling(municipality.code(), 4, 6);
            }
        }
    }

    @Test
    void a_run_drafts_proposals_with_their_explanation_and_never_the_municipality_that_declined() {
        SettlementTestData data = new SettlementTestData(db, users, details, clock);
        Municipality declined = data.municipality(300, 0);
        Municipality other = data.municipality(300, 0);
        data.dwelling(declined.code(), 3, 4);
        data.dwelling(other.code(), 3, 4);
        data.dwelling(other.code(), 2, 2);
        // ready households of other tests in the same counties compete for places: room enough for them too
        spare(data, declined, other);
        Household wished = data.ready(declined.county(), 2, 0);
        Household plain = data.ready(other.county(), 1, 0);
        data.proposal(wished.id(), declined.code(), null, ProposalState.DECLINED);
        db.update(SETTLEMENT_INTERVIEW).set(SETTLEMENT_INTERVIEW.WISHES, new String[] {declined.code()})
                .set(SETTLEMENT_INTERVIEW.FAMILY_TIES, new String[] {declined.code()})
                .where(SETTLEMENT_INTERVIEW.HOUSEHOLD_ID.eq(wished.id())).execute();
        String officer = data.officer(declined.county(), other.county());

        RunSummary run = data.as(officer, () -> matching.run());

        assertThat(run.hardBroken()).isZero();
        assertThat(db.fetchExists(MATCHING_RUN, MATCHING_RUN.ID.eq(run.runId()))).isTrue();
        assertThat(data.as(officer, () -> proposals.page(new ProposalFilter(run.runId(), null), 0, 500)))
                .filteredOn(row -> row.householdId() == wished.id() || row.householdId() == plain.id())
                .hasSize(2).allSatisfy(row -> {
                    assertThat(row.state()).isEqualTo(ProposalState.DRAFT);
                    assertThat(row.dwellingId()).isNotNull();
                    assertThat(row.explanation().terms()).containsOnlyKeys(PreferenceTerm.values());
                    assertThat(row.explanation().alternatives()).hasSizeLessThanOrEqualTo(2);
                    assertThat(row.score()).isEqualTo(row.explanation().total());
                });
        assertThat(db.fetch(SETTLEMENT_PROPOSAL, SETTLEMENT_PROPOSAL.HOUSEHOLD_ID.eq(wished.id())
                        .and(SETTLEMENT_PROPOSAL.MATCHING_RUN_ID.eq(run.runId()))))
                .singleElement().satisfies(row -> assertThat(row.getMunicipalityCode()).isNotEqualTo(declined.code()));
    }

    @Test
    void a_second_run_replaces_the_drafts_and_coordinators_may_not_run_it() {
        SettlementTestData data = new SettlementTestData(db, users, details, clock);
        Municipality m = data.municipality(300, 0);
        data.dwelling(m.code(), 2, 2);
        spare(data, m);
        Household h = data.ready(m.county(), 1, 0);
        String officer = data.officer(m.county());

        RunSummary first = data.as(officer, () -> matching.run());
        RunSummary second = data.as(officer, () -> matching.run());

        assertThat(db.fetch(SETTLEMENT_PROPOSAL, SETTLEMENT_PROPOSAL.HOUSEHOLD_ID.eq(h.id())))
                .extracting(row -> row.getMatchingRunId() + ":" + row.getState())
                .containsExactlyInAnyOrder(first.runId() + ":WITHDRAWN", second.runId() + ":DRAFT");
        assertThatThrownBy(() -> data.as(data.coordinator(m.code()), () -> matching.run()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
