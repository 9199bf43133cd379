package no.ankomst.jobs;

import static no.ankomst.db.Tables.COUNTY;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import no.ankomst.security.Capability;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** Two jobs of the test context (found by the component scan); their cron fires in 2099, so only tests run them. */
final class TestJobs {

    static final String NEVER = "0 0 3 1 1 ? 2099";

    private TestJobs() {
    }

    /** Remembers each firing it ran. */
    @Component
    static class Counting implements ScheduledJob {

        final List<Instant> ran = new CopyOnWriteArrayList<>();

        @Override
        public String name() {
            return "test-counting";
        }

        @Override
        public String i18nKey() {
            return "test-counting";
        }

        @Override
        public String defaultCron() {
            return NEVER;
        }

        @Override
        public Set<Capability> capabilities() {
            return Set.of();
        }

        @Override
        public JobCounts run(JobContext context) {
            ran.add(context.scheduledFire());
            return JobCounts.of("firings", ran.size());
        }

        long runsOf(Instant fire) {
            return ran.stream().filter(fire::equals).count();
        }
    }

    /** While {@code failing} is set, fails halfway: after it has written a county with code {@link #HALFWAY}. */
    @Component
    static class Failing implements ScheduledJob {

        static final String HALFWAY = "98";

        private final DSLContext db;
        volatile boolean failing;

        Failing(DSLContext db) {
            this.db = db;
        }

        @Override
        public String name() {
            return "test-failing";
        }

        @Override
        public String i18nKey() {
            return "test-failing";
        }

        @Override
        public String defaultCron() {
            return NEVER;
        }

        @Override
        public Set<Capability> capabilities() {
            return Set.of(Capability.REGISTER);
        }

        @Override
        public JobCounts run(JobContext context) {
            if (failing) {
                db.insertInto(COUNTY).set(COUNTY.CODE, HALFWAY).set(COUNTY.NAME, "Halfway").execute();
                throw new IllegalStateException("the registry did not answer");
            }
            return JobCounts.none();
        }
    }
}
