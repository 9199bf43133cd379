package no.ankomst.settlement;

import static no.ankomst.db.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;
import no.ankomst.AnkomstTest;
import no.ankomst.base.ValidationException;
import no.ankomst.security.UserService;
import no.ankomst.settlement.ProposalRecords.ProposalRow;
import no.ankomst.settlement.SettlementTestData.Household;
import no.ankomst.settlement.SettlementTestData.Municipality;
import no.ankomst.settlement.matching.PreferenceTerm;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The officer's proposals: sending, overriding with a reason, withdrawing, and every refusal naming why. */
@AnkomstTest
class ProposalServiceTest {

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
    void data() {
        data = new SettlementTestData(db, users, details, clock);
    }

    private static List<String> rules(ValidationException e) {
        return e.violations().stream().map(v -> v.field() + ":" + v.ruleKey()).toList();
    }

    @Test
    void sending_a_draft_proposes_the_household_and_withdrawing_it_makes_it_ready_again() {
        Municipality m = data.municipality(20, 0);
        Household h = data.ready(m.county(), 2, 1);
        long proposal = data.proposal(h.id(), m.code(), data.dwelling(m.code(), 3, 4), ProposalState.DRAFT);
        String officer = data.officer(m.county());

        data.run(officer, () -> proposals.send(proposal, data.version(proposal)));
        assertThat(data.proposalState(proposal)).isEqualTo("SENT");
        assertThat(data.householdState(h.id())).isEqualTo("PROPOSED");

        data.run(officer, () -> proposals.withdraw(proposal, data.version(proposal)));
        assertThat(data.proposalState(proposal)).isEqualTo("WITHDRAWN");
        assertThat(data.householdState(h.id())).isEqualTo("READY");
    }

    @Test
    void a_household_that_is_not_ready_is_refused_naming_what_is_missing() {
        Municipality m = data.municipality(20, 0);
        Household h = data.household(m.county(), 1, 0, false, "WAITING_INTERVIEW");
        long proposal = data.proposal(h.id(), m.code(), null, ProposalState.DRAFT);
        String officer = data.officer(m.county());

        assertThatThrownBy(() -> data.run(officer, () -> proposals.send(proposal, data.version(proposal))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(rules(e))
                        .contains("household:settlement.missing.permits"));
        assertThat(data.proposalState(proposal)).isEqualTo("DRAFT");
    }

    @Test
    void an_unaccompanied_minor_to_a_municipality_without_minors_places_is_refused() {
        Municipality m = data.municipality(20, 0);
        Household h = data.household(m.county(), 1, 0, true, SettlementStates.READY);
        long proposal = data.proposal(h.id(), m.code(), null, ProposalState.DRAFT);
        String officer = data.officer(m.county());

        assertThatThrownBy(() -> data.run(officer, () -> proposals.send(proposal, data.version(proposal))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(rules(e))
                        .containsExactly("municipality:validation.settlement.noMinorsPlaces"));
    }

    @Test
    void a_municipality_that_declined_the_household_before_is_refused() {
        Municipality m = data.municipality(20, 0);
        Household h = data.ready(m.county(), 1, 0);
        data.proposal(h.id(), m.code(), null, ProposalState.DECLINED);
        long proposal = data.proposal(h.id(), m.code(), null, ProposalState.DRAFT);
        String officer = data.officer(m.county());

        assertThatThrownBy(() -> data.run(officer, () -> proposals.send(proposal, data.version(proposal))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(rules(e))
                        .containsExactly("municipality:validation.settlement.declinedBefore"));
    }

    @Test
    void a_household_larger_than_the_places_left_is_refused() {
        Municipality m = data.municipality(2, 0);
        Household h = data.ready(m.county(), 2, 2);
        long proposal = data.proposal(h.id(), m.code(), null, ProposalState.DRAFT);
        String officer = data.officer(m.county());

        assertThatThrownBy(() -> data.run(officer, () -> proposals.send(proposal, data.version(proposal))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(rules(e))
                        .containsExactly("municipality:validation.settlement.beyondPlaces"));
    }

    @Test
    void an_override_needs_a_reason_and_then_moves_the_draft_with_its_own_score_and_is_audited() {
        Municipality first = data.municipality(20, 0);
        Municipality other = data.municipality(20, 0);
        Household h = data.ready(first.county(), 1, 0);
        long proposal = data.proposal(h.id(), first.code(), null, ProposalState.DRAFT);
        long dwelling = data.dwelling(other.code(), 2, 2);
        String officer = data.officer(first.county(), other.county());

        assertThatThrownBy(() -> data.run(officer, () -> proposals.override(proposal, data.version(proposal),
                other.code(), dwelling, "  ")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(rules(e))
                        .containsExactly("overrideReason:validation.required"));

        data.run(officer, () -> proposals.override(proposal, data.version(proposal), other.code(), dwelling,
                "the family has a job offer there"));

        ProposalRow row = data.as(officer, () -> proposals.get(proposal));
        assertThat(row.municipalityCode()).isEqualTo(other.code());
        assertThat(row.dwellingId()).isEqualTo(dwelling);
        assertThat(row.overrideReason()).isEqualTo("the family has a job offer there");
        assertThat(row.explanation().terms()).containsOnlyKeys(PreferenceTerm.values());
        assertThat(row.score()).isEqualTo(row.explanation().total());
        assertThat(db.fetchExists(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("PROPOSAL_OVERRIDDEN")
                .and(AUDIT_EVENT.ENTITY_ID.eq(String.valueOf(proposal))))).isTrue();
    }

    @Test
    void an_officer_of_other_counties_does_not_reach_the_proposal() {
        Municipality m = data.municipality(20, 0);
        Household h = data.ready(m.county(), 1, 0);
        long proposal = data.proposal(h.id(), m.code(), null, ProposalState.DRAFT);
        String elsewhere = data.officer(m.county().equals("03") ? "31" : "03");

        assertThatThrownBy(() -> data.run(elsewhere, () -> proposals.send(proposal, data.version(proposal))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(data.proposalState(proposal)).isEqualTo("DRAFT");
    }
}
