package no.ankomst.jobs;

import java.util.Set;
import no.ankomst.security.Capability;

/**
 * A job of the app, as a Spring bean: at start its Quartz job and cron trigger (Europe/Oslo) are created or
 * updated from it. {@link #run} must change nothing the second time it runs for the same day: correctness never
 * waits for a job, and a firing may be recovered on another node.
 */
public interface ScheduledJob {

    /** The job's name: {@code [a-z0-9-]}, up to 40; also the system principal's name ({@code system:<name>}). */
    String name();

    /** The i18n key of the job's title in the administrator's view. */
    String i18nKey();

    /** The cron (Quartz syntax, seconds first) unless {@code ankomst.jobs.<name>.cron} says otherwise. */
    String defaultCron();

    /** What the job may do; it runs with exactly these ({@code SystemWork.as}). */
    Set<Capability> capabilities();

    /** Does the work of one firing and says what it did. */
    JobCounts run(JobContext context);
}
