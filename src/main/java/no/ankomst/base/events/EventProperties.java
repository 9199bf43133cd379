package no.ankomst.base.events;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ankomst.events.*}: from what age incomplete event publications are retried (younger ones
 * may still be running in their listener), and how long completed ones are kept for looking into.
 */
@ConfigurationProperties("ankomst.events")
public record EventProperties(
        @DefaultValue("5m") Duration retryOlderThan,
        @DefaultValue("30d") Duration keepCompleted) {
}
