package no.ankomst.base.events;

import static no.ankomst.db.Tables.EVENT_PUBLICATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.table;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import no.ankomst.AnkomstTest;
import no.ankomst.accommodation.ResidentArrived;
import no.ankomst.protection.ProtectionGranted;
import no.ankomst.residents.ResidentTestData;
import no.ankomst.residents.ResidentsMerged;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.events.core.EventSerializer;

/**
 * A listener that dies halfway loses nothing: its work rolls back, the publication stays incomplete in the
 * registry, and the retry delivers it again, so the work is done exactly once.
 */
@AnkomstTest
// an IT (own JVM): its test listener makes a second application context, which would replace the global
// security-context strategy under the shared context of the unit-test run
class DurableEventsIT {

    private static final String EFFECTS = "test_arrival_effect";

    @Autowired
    DSLContext db;
    @Autowired
    ResidentTestData data;
    @Autowired
    EventPublicationRetry retry;
    @Autowired
    EventSerializer serializer;

    @BeforeEach
    void effectsTable() {
        db.execute("create table if not exists " + EFFECTS + " (person_id bigint not null)");
    }

    @Test
    void a_listener_that_fails_halfway_is_retried_and_its_work_is_done_exactly_once() {
        long person = data.plainHead(ResidentTestData.surname(), "Halyna", LocalDate.of(1991, 1, 1), null).personId();
        Condition publication = EVENT_PUBLICATION.LISTENER_ID.contains(FlakyArrivalListener.class.getSimpleName())
                .and(EVENT_PUBLICATION.SERIALIZED_EVENT.contains("\"personId\":" + person + ","));

        await().atMost(Duration.ofSeconds(20)).until(() -> "FAILED".equals(status(publication)));
        assertThat(db.fetchValue(EVENT_PUBLICATION.COMPLETION_DATE, publication)).isNull();
        assertThat(effects(person)).as("the failed attempt's work rolled back").isZero();

        retry.retryIncompleteOlderThan(Duration.ZERO);

        await().atMost(Duration.ofSeconds(20)).until(() -> "COMPLETED".equals(status(publication)));
        assertThat(db.fetchValue(EVENT_PUBLICATION.COMPLETION_DATE, publication)).isNotNull();
        assertThat(effects(person)).isEqualTo(1);

        // a completed publication is not delivered again
        retry.retryIncompleteOlderThan(Duration.ZERO);
        assertThat(status(publication)).isEqualTo("COMPLETED");
        assertThat(effects(person)).isEqualTo(1);
    }

    @Test
    void every_lifecycle_event_survives_the_registrys_json_round_trip() {
        for (Object event : new Object[] {new ResidentArrived(1L, 2L, LocalDate.of(2026, 2, 28)),
                new ResidentArrived(3L, null, LocalDate.of(2024, 2, 29)), new ResidentsMerged(4L, 5L),
                new ProtectionGranted(6L, 7L, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))}) {
            Object stored = serializer.serialize(event);
            assertThat(serializer.deserialize(stored, event.getClass())).isEqualTo(event);
        }
    }

    private String status(Condition publication) {
        return db.fetchOptional(EVENT_PUBLICATION, publication).map(row -> row.getStatus()).orElse("");
    }

    private int effects(long person) {
        return db.fetchCount(table(EFFECTS), field("person_id").eq(person));
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Listeners {

        @Bean
        FlakyArrivalListener flakyArrivalListener(DSLContext db) {
            return new FlakyArrivalListener(db);
        }
    }

    /** Does its work, then dies the first time it sees a person's arrival; succeeds on the retry. */
    static class FlakyArrivalListener {

        private final DSLContext db;
        private final Set<Long> failedOnce = ConcurrentHashMap.newKeySet();

        FlakyArrivalListener(DSLContext db) {
            this.db = db;
        }

        @ApplicationModuleListener
        public void on(ResidentArrived arrived) {
            db.insertInto(table(EFFECTS)).set(field("person_id"), arrived.personId()).execute();
            if (failedOnce.add(arrived.personId())) {
                throw new IllegalStateException("the listener dies halfway through person " + arrived.personId());
            }
        }
    }
}
