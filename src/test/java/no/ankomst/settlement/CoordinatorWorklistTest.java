package no.ankomst.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import no.ankomst.AnkomstTest;
import no.ankomst.base.WorklistItem;
import no.ankomst.security.UserService;
import no.ankomst.settlement.ProposalRecords.Acceptance;
import no.ankomst.settlement.SettlementTestData.Household;
import no.ankomst.settlement.SettlementTestData.Municipality;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The coordinator's lines count what the municipality page lists; others get none. */
@AnkomstTest
class CoordinatorWorklistTest {

    @Autowired
    CoordinatorWorklist worklist;
    @Autowired
    CoordinatorService coordinator;
    @Autowired
    DecisionService decisions;
    @Autowired
    DSLContext db;
    @Autowired
    UserService users;
    @Autowired
    UserDetailsService details;
    @Autowired
    Clock clock;

    @Test
    void proposals_waiting_settlements_soon_and_places_left_are_counted_for_the_own_municipality_only() {
        SettlementTestData data = new SettlementTestData(db, users, details, clock);
        Municipality m = data.municipality(10, 0);
        Household waiting = data.ready(m.county(), 1, 0);
        Household soon = data.ready(m.county(), 2, 1);
        data.sent(waiting.id(), m.code(), null);
        long dwelling = data.dwelling(m.code(), 2, 3);
        long accepted = data.sent(soon.id(), m.code(), dwelling);
        String own = data.coordinator(m.code());
        LocalDate date = data.today.plusDays(5);
        data.run(own, () -> decisions.accept(accepted, data.version(accepted), new Acceptance(dwelling,
                Map.of(soon.persons().get(0), date, soon.persons().get(1), date, soon.persons().get(2), date))));

        Map<String, Long> lines = data.as(own, () -> worklist.itemsForCurrentUser()).stream()
                .collect(java.util.stream.Collectors.toMap(WorklistItem::labelKey, WorklistItem::count));

        assertThat(lines).containsEntry("worklist.proposalsWaiting", 1L).containsEntry("worklist.settlementsSoon", 1L)
                .containsEntry("worklist.placesLeft", 7L);
        assertThat(data.as(own, () -> coordinator.accepted(0, 10))).singleElement()
                .satisfies(row -> assertThat(row.firstDate()).isEqualTo(date));
        assertThat(data.as(data.officer(m.county()), () -> worklist.itemsForCurrentUser())).isEmpty();
    }
}
