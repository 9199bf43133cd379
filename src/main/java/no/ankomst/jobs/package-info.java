/**
 * Scheduled jobs: Quartz, clustered through the database, each firing written to the run ledger
 * ({@code job_run}, unique per job and scheduled fire time) and run as the system principal. A feature adds a
 * job as a {@link no.ankomst.jobs.ScheduledJob} bean; the administrator's view is {@code jobs/ui}.
 */
@NullMarked
package no.ankomst.jobs;

import org.jspecify.annotations.NullMarked;
