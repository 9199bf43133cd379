package no.ankomst.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import no.ankomst.AnkomstTest;
import no.ankomst.base.ValidationException;
import no.ankomst.security.UserService;
import no.ankomst.settlement.ProposalRecords.Acceptance;
import no.ankomst.settlement.SettlementTestData.Household;
import no.ankomst.settlement.SettlementTestData.Municipality;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Two coordinators of one municipality accept the last place at the same moment. */
@AnkomstTest
class ConcurrentAcceptTest {

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
    void two_accepts_of_the_last_place_at_once_end_with_one_accepted_and_one_clear_refusal() throws Exception {
        SettlementTestData data = new SettlementTestData(db, users, details, clock);
        Municipality m = data.municipality(1, 0);
        List<Household> households = List.of(data.ready(m.county(), 1, 0), data.ready(m.county(), 1, 0));
        List<String> coordinators = List.of(data.coordinator(m.code()), data.coordinator(m.code()));
        List<Long> dwellings = new ArrayList<>();
        List<Long> proposals = new ArrayList<>();
        for (Household h : households) {
            long dwelling = data.dwelling(m.code(), 1, 1);
            dwellings.add(dwelling);
            proposals.add(data.sent(h.id(), m.code(), dwelling));
        }
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService desks = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                int which = i;
                outcomes.add(desks.submit(() -> data.as(coordinators.get(which), () -> {
                    try {
                        start.await(10, TimeUnit.SECONDS);
                        decisions.accept(proposals.get(which), data.version(proposals.get(which)),
                                new Acceptance(dwellings.get(which),
                                        Map.of(households.get(which).persons().getFirst(), data.today.plusDays(7))));
                        return "accepted";
                    } catch (ValidationException refused) {
                        return refused.violations().getFirst().ruleKey() + " " + refused.violations().getFirst().args();
                    } catch (Exception failed) {
                        return failed.toString();
                    }
                })));
            }
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get(30, TimeUnit.SECONDS));
            }

            assertThat(results).containsExactlyInAnyOrder("accepted",
                    "validation.settlement.beyondDecided [0, " + data.today.plusDays(7).getYear() + "]");
            assertThat(proposals.stream().map(data::proposalState).toList())
                    .containsExactlyInAnyOrder("ACCEPTED", "SENT");
        } finally {
            desks.shutdownNow();
        }
    }
}
