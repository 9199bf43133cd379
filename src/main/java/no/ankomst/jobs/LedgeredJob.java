package no.ankomst.jobs;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/**
 * The one Quartz job class of the app: Quartz creates it per firing through Spring (Boot's
 * {@code SpringBeanJobFactory}, so it is autowired) and it runs the {@link ScheduledJob} named by its job key
 * through the ledger. Never two at once of one job, on any node ({@code @DisallowConcurrentExecution} holds
 * cluster-wide with the JDBC store).
 */
@DisallowConcurrentExecution
class LedgeredJob implements Job {

    private final JobCatalog catalog;
    private final JobRunner runner;

    LedgeredJob(JobCatalog catalog, JobRunner runner) {
        this.catalog = catalog;
        this.runner = runner;
    }

    @Override
    public void execute(JobExecutionContext context) {
        ScheduledJob job = catalog.get(context.getJobDetail().getKey().getName());
        runner.run(job, context.getScheduledFireTime().toInstant());
    }
}
