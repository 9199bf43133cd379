package no.ankomst.jobs;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import no.ankomst.audit.AuditAction;
import no.ankomst.audit.AuditService;
import no.ankomst.jobs.JobRecords.JobRow;
import no.ankomst.jobs.JobRecords.JobRunRow;
import no.ankomst.security.Capability;
import no.ankomst.security.Permissions;
import org.jspecify.annotations.Nullable;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's handle on the jobs: their schedule, state and last runs; pause, resume and run now
 * (audited). Quartz's job store joins the transaction, so a pause and its audit line are saved together.
 */
@Service
public class JobService {

    static final int LAST_RUNS = 10;

    private final Scheduler scheduler;
    private final JobCatalog catalog;
    private final JobRunRepository runs;
    private final Permissions permissions;
    private final AuditService audit;

    JobService(Scheduler scheduler, JobCatalog catalog, JobRunRepository runs, Permissions permissions,
               AuditService audit) {
        this.scheduler = scheduler;
        this.catalog = catalog;
        this.runs = runs;
        this.permissions = permissions;
        this.audit = audit;
    }

    /** Every job, or only those whose last run failed (the worklist's line counts the same list). */
    @Transactional(readOnly = true)
    public List<JobRow> jobs(boolean failedOnly) {
        permissions.require(Capability.ADMINISTER);
        List<ScheduledJob> all = catalog.all();
        Map<String, List<JobRunRow>> lastRuns = runs.lastRuns(all.stream().map(ScheduledJob::name).toList(), LAST_RUNS);
        return all.stream()
                .map(job -> row(job, lastRuns.getOrDefault(job.name(), List.of())))
                .filter(row -> !failedOnly || row.lastRunFailed())
                .toList();
    }

    @Transactional
    public void pause(String name) {
        permissions.require(Capability.ADMINISTER);
        quartz(() -> scheduler.pauseTrigger(JobSchedules.triggerKey(catalog.get(name).name())));
        audit.record(AuditAction.JOB_PAUSED, "job", name, name);
    }

    @Transactional
    public void resume(String name) {
        permissions.require(Capability.ADMINISTER);
        quartz(() -> scheduler.resumeTrigger(JobSchedules.triggerKey(catalog.get(name).name())));
        audit.record(AuditAction.JOB_RESUMED, "job", name, name);
    }

    /** Fires the job once now, on whichever node picks it up; also when it is paused. */
    @Transactional
    public void runNow(String name) {
        permissions.require(Capability.ADMINISTER);
        quartz(() -> scheduler.triggerJob(JobSchedules.jobKey(catalog.get(name).name())));
        audit.record(AuditAction.JOB_RUN_NOW, "job", name, name);
    }

    private JobRow row(ScheduledJob job, List<JobRunRow> lastRuns) {
        try {
            Trigger trigger = scheduler.getTrigger(JobSchedules.triggerKey(job.name()));
            boolean paused = scheduler.getTriggerState(JobSchedules.triggerKey(job.name())) == Trigger.TriggerState.PAUSED;
            return new JobRow(job.name(), job.i18nKey(), catalog.cron(job),
                    trigger == null ? null : instant(trigger.getNextFireTime()), paused, lastRuns);
        } catch (SchedulerException e) {
            throw new IllegalStateException("could not read the schedule of job " + job.name(), e);
        }
    }

    private static @Nullable Instant instant(@Nullable Date date) {
        return date == null ? null : date.toInstant();
    }

    private interface QuartzCall {
        void run() throws SchedulerException;
    }

    private static void quartz(QuartzCall call) {
        try {
            call.run();
        } catch (SchedulerException e) {
            throw new IllegalStateException("the scheduler refused", e);
        }
    }
}
