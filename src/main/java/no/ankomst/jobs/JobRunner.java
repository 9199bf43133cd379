package no.ankomst.jobs;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import no.ankomst.security.Capability;
import no.ankomst.security.SystemWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one firing of a job through the ledger: the run row first (a second run of the same firing is refused by
 * the database and does nothing), then the work as the system principal {@code system:<job>} with the job's
 * capabilities, then the outcome, counts and error. The row and the work commit separately, so a failed run
 * still leaves its FAILED row. The work is one transaction: a job that fails halfway leaves nothing of what it did,
 * and the next firing (another scheduled time, so the ledger lets it in) does it all again.
 */
@Component
class JobRunner {

    private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);
    private static final int MAX_ERROR_LENGTH = 4000;

    private final JobRunRepository runs;
    private final Clock clock;
    private final TransactionTemplate transaction;

    JobRunner(JobRunRepository runs, Clock clock, PlatformTransactionManager transactions) {
        this.runs = runs;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** True if this call ran the firing; false if another node or call had run it already. */
    boolean run(ScheduledJob job, Instant scheduledFire) {
        Optional<Long> run = runs.start(job.name(), scheduledFire, clock.instant());
        if (run.isEmpty()) {
            LOG.info("job {} for {} has run already (another node?); not run again", job.name(), scheduledFire);
            return false;
        }
        try {
            JobCounts counts = SystemWork.as(job.name(), job.capabilities().toArray(Capability[]::new))
                    .call(() -> transaction.execute(status -> job.run(new JobContext(job.name(), scheduledFire))));
            runs.finish(run.get(), counts.skipped() ? JobOutcome.SKIPPED : JobOutcome.SUCCEEDED, counts.text(), null,
                    clock.instant());
        } catch (RuntimeException e) {
            LOG.error("job {} for {} failed", job.name(), scheduledFire, e);
            runs.finish(run.get(), JobOutcome.FAILED, null, describe(e), clock.instant());
        }
        return true;
    }

    private static String describe(Throwable failure) {
        String text = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH);
    }
}
