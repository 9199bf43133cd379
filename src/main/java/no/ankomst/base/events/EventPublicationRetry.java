package no.ankomst.base.events;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.stereotype.Component;

/**
 * Retries event publications whose listener failed, or whose node died before the listener finished, once
 * they are older than {@code ankomst.events.retry-older-than}; a restart retries them too
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}). Modulith claims each publication
 * before it resubmits it, so two nodes retrying at once do not run one listener twice; a listener must still be
 * idempotent, because a node can die after the listener's work committed and before its completion did.
 *
 * <p>Run by the clustered job {@code event-retry} (the jobs feature, {@code ankomst.jobs.event-retry.cron}), on one
 * node per firing.
 */
@Component
@EnableConfigurationProperties(EventProperties.class)
public class EventPublicationRetry {

    private static final Logger LOG = LoggerFactory.getLogger(EventPublicationRetry.class);

    private final IncompleteEventPublications incomplete;
    private final CompletedEventPublications completed;
    private final EventProperties properties;

    EventPublicationRetry(IncompleteEventPublications incomplete, CompletedEventPublications completed,
                          EventProperties properties) {
        this.incomplete = incomplete;
        this.completed = completed;
        this.properties = properties;
    }

    public void retryIncomplete() {
        retryIncompleteOlderThan(properties.retryOlderThan());
    }

    /** Resubmits what has been incomplete for longer than {@code age} (an operator's "retry now" uses zero). */
    public void retryIncompleteOlderThan(Duration age) {
        LOG.debug("resubmitting event publications incomplete for more than {}", age);
        incomplete.resubmitIncompletePublicationsOlderThan(age);
        // completed ones are only history: kept a while to look into, then removed so the table stays small
        completed.deletePublicationsOlderThan(properties.keepCompleted());
    }
}
