package no.ankomst.accommodation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import no.ankomst.AnkomstTest;
import no.ankomst.base.ValidationException;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;

/** Two desks give the last free bed to two different people at the same moment. */
@AnkomstTest
@WithUserDetails("admin")
class ConcurrentCheckInTest {

    @Autowired
    StayService stays;
    @Autowired
    DSLContext db;
    @Autowired
    Clock clock;

    @Test
    void two_check_ins_into_the_last_free_bed_at_once_end_with_one_stay_and_one_bed_just_taken() throws Exception {
        Fixtures fixtures = new Fixtures(db);
        long site = fixtures.site();
        long bed = fixtures.bed(fixtures.unit(site, "A"), "1");
        List<Long> persons = List.of(fixtures.adult(), fixtures.adult());
        LocalDate today = LocalDate.now(clock);
        SecurityContext signedIn = SecurityContextHolder.getContext();
        CyclicBarrier start = new CyclicBarrier(persons.size());
        ExecutorService desks = Executors.newFixedThreadPool(persons.size());
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (long person : persons) {
                outcomes.add(desks.submit(() -> {
                    SecurityContextHolder.setContext(signedIn);
                    start.await(10, TimeUnit.SECONDS);
                    try {
                        stays.checkIn(person, site, bed, today);
                        return "checked in";
                    } catch (ValidationException refused) {
                        return refused.violations().getFirst().field() + ":"
                                + refused.violations().getFirst().ruleKey();
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get(30, TimeUnit.SECONDS));
            }

            assertThat(results).containsExactlyInAnyOrder("checked in", "bed:validation.stay.bedJustTaken");
            assertThat(fixtures.staysInBed(bed)).isEqualTo(1);
            assertThat(fixtures.staysOf(persons.get(0)) + fixtures.staysOf(persons.get(1))).isEqualTo(1);
        } finally {
            desks.shutdownNow();
        }
    }
}
