package no.ankomst.jobs;

import java.util.Set;
import no.ankomst.base.events.EventPublicationRetry;
import no.ankomst.security.Capability;
import org.springframework.stereotype.Component;

/** Retries incomplete event publications (see {@link EventPublicationRetry}); every minute by default. */
@Component
class EventRetryJob implements ScheduledJob {

    private final EventPublicationRetry retry;

    EventRetryJob(EventPublicationRetry retry) {
        this.retry = retry;
    }

    @Override
    public String name() {
        return "event-retry";
    }

    @Override
    public String i18nKey() {
        return "jobs.name.event-retry";
    }

    @Override
    public String defaultCron() {
        return "0 * * * * ?";
    }

    @Override
    public Set<Capability> capabilities() {
        // the listeners it resubmits run as they were published; the retry itself changes no one
        return Set.of();
    }

    @Override
    public JobCounts run(JobContext context) {
        retry.retryIncomplete();
        return JobCounts.none();
    }
}
