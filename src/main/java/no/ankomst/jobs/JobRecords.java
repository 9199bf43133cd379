package no.ankomst.jobs;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the administrator's view shows of the jobs. */
public final class JobRecords {

    /** The schedule's time zone: cron triggers fire in Oslo time, and the view shows times in it. */
    public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private JobRecords() {
    }

    /** A job with its schedule, its state and its last runs (newest first). */
    public record JobRow(String name, String i18nKey, String cron, @Nullable Instant nextFire, boolean paused,
                         List<JobRunRow> lastRuns) {

        public boolean lastRunFailed() {
            return !lastRuns.isEmpty() && lastRuns.getFirst().outcome() == JobOutcome.FAILED;
        }
    }

    /** One run; {@code outcome} is null while it runs. */
    public record JobRunRow(String jobName, Instant scheduledFire, Instant startedAt, @Nullable Instant endedAt,
                            @Nullable JobOutcome outcome, @Nullable String counts, @Nullable String error) {

        public @Nullable Duration duration() {
            return endedAt == null ? null : Duration.between(startedAt, endedAt);
        }
    }
}
