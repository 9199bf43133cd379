package no.ankomst.jobs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.regex.Pattern;
import org.quartz.CronExpression;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The app's jobs (every {@link ScheduledJob} bean) by name, each with its cron: {@code ankomst.jobs.<name>.cron}
 * or the job's default. A bad name or cron stops the start, naming the job and the rule.
 */
@Component
class JobCatalog {

    private static final Pattern NAME = Pattern.compile("[a-z0-9-]{1,40}");

    private final Map<String, ScheduledJob> jobs = new LinkedHashMap<>();
    private final Environment environment;

    JobCatalog(List<ScheduledJob> jobs, Environment environment) {
        this.environment = environment;
        for (ScheduledJob job : jobs) {
            if (!NAME.matcher(job.name()).matches()) {
                throw new IllegalStateException("job name '" + job.name() + "' must be [a-z0-9-], up to 40");
            }
            if (this.jobs.putIfAbsent(job.name(), job) != null) {
                throw new IllegalStateException("two jobs are named '" + job.name() + "'");
            }
            String cron = cron(job);
            if (!CronExpression.isValidExpression(cron)) {
                throw new IllegalStateException("ankomst.jobs." + job.name() + ".cron '" + cron
                        + "' is not a Quartz cron expression (seconds minutes hours day-of-month month day-of-week)");
            }
        }
    }

    List<ScheduledJob> all() {
        return List.copyOf(jobs.values());
    }

    ScheduledJob get(String name) {
        ScheduledJob job = jobs.get(name);
        if (job == null) {
            throw new NoSuchElementException("no job named '" + name + "'");
        }
        return job;
    }

    String cron(ScheduledJob job) {
        return environment.getProperty("ankomst.jobs." + job.name() + ".cron", job.defaultCron());
    }
}
