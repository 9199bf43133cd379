package no.ankomst.settlement;

import static no.ankomst.db.Tables.PERSON_MUNICIPALITY;
import static no.ankomst.db.Tables.STAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.ankomst.AnkomstTest;
import no.ankomst.base.ValidationException;
import no.ankomst.security.UserService;
import no.ankomst.settlement.ProposalRecords.Acceptance;
import no.ankomst.settlement.SettlementTestData.Household;
import no.ankomst.settlement.SettlementTestData.Municipality;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The coordinator accepts (dwelling, a date per member) or declines (with a reason) proposals sent to them. */
@AnkomstTest
class DecisionServiceTest {

    @Autowired
    DecisionService decisions;
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

    private static Map<Long, LocalDate> dates(Household h, LocalDate date) {
        Map<Long, LocalDate> dates = new HashMap<>();
        h.persons().forEach(person -> dates.put(person, date));
        return dates;
    }

    @Test
    void accepting_reserves_the_dwelling_and_records_a_date_per_member() {
        Municipality m = data.municipality(10, 0);
        Household h = data.ready(m.county(), 2, 1);
        long dwelling = data.dwelling(m.code(), 3, 4);
        long proposal = data.sent(h.id(), m.code(), dwelling);
        String coordinator = data.coordinator(m.code());

        data.run(coordinator, () -> decisions.accept(proposal, data.version(proposal),
                new Acceptance(dwelling, dates(h, data.today.plusDays(20)))));

        assertThat(data.proposalState(proposal)).isEqualTo("ACCEPTED");
        assertThat(data.householdState(h.id())).isEqualTo("ACCEPTED");
        assertThat(data.dwellingState(dwelling)).isEqualTo("RESERVED");
        assertThat(data.as(coordinator, () -> decisions.members(proposal)))
                .allSatisfy(member -> assertThat(member.settlementDate()).isEqualTo(data.today.plusDays(20)));
    }

    @Test
    void a_settlement_date_before_the_day_of_acceptance_is_refused_and_nothing_is_saved() {
        Municipality m = data.municipality(10, 0);
        Household h = data.ready(m.county(), 1, 0);
        long dwelling = data.dwelling(m.code(), 2, 2);
        long proposal = data.sent(h.id(), m.code(), dwelling);
        String coordinator = data.coordinator(m.code());

        assertThatThrownBy(() -> data.run(coordinator, () -> decisions.accept(proposal, data.version(proposal),
                new Acceptance(dwelling, dates(h, data.today.minusDays(1))))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(rules(e))
                        .containsExactly("settlementDate:validation.settlement.dateBeforeAcceptance"));
        assertThat(data.proposalState(proposal)).isEqualTo("SENT");
        assertThat(data.dwellingState(dwelling)).isEqualTo("OFFERED");
    }

    @Test
    void accepting_beyond_the_decided_number_is_refused() {
        Municipality m = data.municipality(2, 0);
        Household first = data.ready(m.county(), 2, 0);
        Household second = data.ready(m.county(), 1, 0);
        long d1 = data.dwelling(m.code(), 2, 2);
        long d2 = data.dwelling(m.code(), 2, 2);
        long p1 = data.sent(first.id(), m.code(), d1);
        long p2 = data.sent(second.id(), m.code(), d2);
        String coordinator = data.coordinator(m.code());
        data.run(coordinator, () -> decisions.accept(p1, data.version(p1),
                new Acceptance(d1, dates(first, data.today.plusDays(5)))));

        assertThatThrownBy(() -> data.run(coordinator, () -> decisions.accept(p2, data.version(p2),
                new Acceptance(d2, dates(second, data.today.plusDays(5))))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(rules(e))
                        .containsExactly("settlementDate:validation.settlement.beyondDecided"));
        assertThat(data.proposalState(p2)).isEqualTo("SENT");
    }

    @Test
    void a_dwelling_too_small_for_the_household_is_refused() {
        Municipality m = data.municipality(10, 0);
        Household h = data.ready(m.county(), 2, 2);
        long small = data.dwelling(m.code(), 1, 2);
        long proposal = data.sent(h.id(), m.code(), null);
        String coordinator = data.coordinator(m.code());

        assertThatThrownBy(() -> data.run(coordinator, () -> decisions.accept(proposal, data.version(proposal),
                new Acceptance(small, dates(h, data.today.plusDays(3))))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(rules(e))
                        .containsExactly("dwelling:validation.settlement.dwellingDoesNotFit"));
    }

    @Test
    void a_decline_needs_a_reason_then_returns_the_household_and_the_municipality_is_never_proposed_again() {
        Municipality m = data.municipality(10, 0);
        Household h = data.ready(m.county(), 1, 0);
        long proposal = data.sent(h.id(), m.code(), null);
        String coordinator = data.coordinator(m.code());

        assertThatThrownBy(() -> data.run(coordinator, () -> decisions.decline(proposal, data.version(proposal), " ")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(rules(e))
                        .containsExactly("declineReason:validation.required"));
        assertThat(data.proposalState(proposal)).isEqualTo("SENT");

        data.run(coordinator, () -> decisions.decline(proposal, data.version(proposal), "no dwelling near a school"));

        assertThat(data.proposalState(proposal)).isEqualTo("DECLINED");
        assertThat(data.householdState(h.id())).isEqualTo("READY");
        String officer = data.officer(m.county());
        assertThat(data.as(officer, () -> proposals.page(new ProposalRecords.ProposalFilter(null,
                ProposalState.DECLINED), 0, 500))).filteredOn(row -> row.id() == proposal).singleElement()
                .satisfies(row -> assertThat(row.declineReason()).isEqualTo("no dwelling near a school"));
        assertThat(data.as(officer, () -> proposals.lastDecline(h.id()))).hasValueSatisfying(decline -> {
            assertThat(decline.municipalityCode()).isEqualTo(m.code());
            assertThat(decline.reason()).isEqualTo("no dwelling near a school");
        });
        long again = data.proposal(h.id(), m.code(), null, ProposalState.DRAFT);
        assertThatThrownBy(() -> data.run(officer, () -> proposals.send(again, data.version(again))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(rules(e))
                        .contains("municipality:validation.settlement.declinedBefore"));
    }

    @Test
    void a_coordinator_of_another_municipality_cannot_read_or_answer_the_proposal() {
        Municipality m = data.municipality(10, 0);
        Municipality other = data.municipality(10, 0);
        Household h = data.ready(m.county(), 1, 0);
        long proposal = data.sent(h.id(), m.code(), null);
        String stranger = data.coordinator(other.code());

        assertThatThrownBy(() -> data.as(stranger, () -> proposals.get(proposal)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> data.run(stranger, () -> decisions.decline(proposal, data.version(proposal), "no")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(data.proposalState(proposal)).isEqualTo("SENT");
    }

    @Test
    void a_settlement_date_of_today_settles_the_members_at_once() {
        Municipality m = data.municipality(10, 0);
        Household h = data.ready(m.county(), 1, 1);
        long dwelling = data.dwelling(m.code(), 2, 3);
        long proposal = data.sent(h.id(), m.code(), dwelling);
        String coordinator = data.coordinator(m.code());

        data.run(coordinator, () -> decisions.accept(proposal, data.version(proposal),
                new Acceptance(dwelling, dates(h, data.today))));

        assertThat(data.householdState(h.id())).isEqualTo("SETTLED");
        assertThat(data.dwellingState(dwelling)).isEqualTo("USED");
        assertThat(db.fetchCount(PERSON_MUNICIPALITY, PERSON_MUNICIPALITY.PERSON_ID.in(h.persons())
                .and(PERSON_MUNICIPALITY.MUNICIPALITY_CODE.eq(m.code())))).isEqualTo(2);
        assertThat(db.fetchCount(STAY, STAY.PERSON_ID.in(h.persons()).and(STAY.CHECKOUT_REASON.eq("SETTLED"))))
                .isEqualTo(2);
    }
}
