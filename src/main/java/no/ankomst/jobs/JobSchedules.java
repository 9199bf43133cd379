package no.ankomst.jobs;

import java.time.ZoneId;
import java.util.Set;
import java.util.TimeZone;
import java.util.stream.Collectors;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * At start, makes Quartz's stored schedule match the catalog: a job and a cron trigger (Europe/Oslo) per
 * {@link ScheduledJob}; a trigger whose cron changed is replaced and stays paused if it was; jobs no longer in
 * the app are removed. Every node does this at its start; the job store's lock keeps them from colliding.
 */
@Component
class JobSchedules implements SmartInitializingSingleton {

    static final String GROUP = "ankomst";
    static final ZoneId OSLO = JobRecords.OSLO;
    private static final Logger LOG = LoggerFactory.getLogger(JobSchedules.class);

    private final Scheduler scheduler;
    private final JobCatalog catalog;

    JobSchedules(Scheduler scheduler, JobCatalog catalog) {
        this.scheduler = scheduler;
        this.catalog = catalog;
    }

    static JobKey jobKey(String name) {
        return JobKey.jobKey(name, GROUP);
    }

    static TriggerKey triggerKey(String name) {
        return TriggerKey.triggerKey(name, GROUP);
    }

    @Override
    public void afterSingletonsInstantiated() {
        try {
            removeJobsNoLongerInTheApp();
            for (ScheduledJob job : catalog.all()) {
                schedule(job, catalog.cron(job));
            }
        } catch (SchedulerException e) {
            throw new IllegalStateException("could not store the job schedule", e);
        }
    }

    private void removeJobsNoLongerInTheApp() throws SchedulerException {
        Set<String> known = catalog.all().stream().map(ScheduledJob::name).collect(Collectors.toSet());
        for (JobKey stored : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(GROUP))) {
            if (!known.contains(stored.getName())) {
                LOG.info("removing job {}: no longer in the app", stored.getName());
                scheduler.deleteJob(stored);
            }
        }
    }

    void schedule(ScheduledJob job, String cron) throws SchedulerException {
        scheduler.addJob(JobBuilder.newJob(LedgeredJob.class).withIdentity(jobKey(job.name()))
                .withDescription(job.i18nKey()).storeDurably().build(), true);
        CronTrigger wanted = TriggerBuilder.newTrigger().withIdentity(triggerKey(job.name()))
                .forJob(jobKey(job.name()))
                // a node down at the firing time: one catch-up run when the schedule is back, not one per miss
                .withSchedule(CronScheduleBuilder.cronSchedule(cron).inTimeZone(TimeZone.getTimeZone(OSLO))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
        Trigger stored = scheduler.getTrigger(triggerKey(job.name()));
        if (stored == null) {
            scheduler.scheduleJob(wanted);
        } else if (!(stored instanceof CronTrigger storedCron) || !storedCron.getCronExpression().equals(cron)
                || !storedCron.getTimeZone().getID().equals(OSLO.getId())) {
            boolean paused = scheduler.getTriggerState(triggerKey(job.name())) == Trigger.TriggerState.PAUSED;
            LOG.info("job {}: cron is now '{}'", job.name(), cron);
            scheduler.rescheduleJob(triggerKey(job.name()), wanted);
            if (paused) {
                scheduler.pauseTrigger(triggerKey(job.name()));
            }
        }
    }
}
