package no.ankomst.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code ankomst.security.*}: login throttling, see {@link LoginThrottle}. */
@ConfigurationProperties("ankomst.security")
public record SecurityProperties(
        @DefaultValue("5") int maxFailedLogins,
        @DefaultValue("30") int maxFailedLoginsPerAddress,
        @DefaultValue("15m") Duration lockout) {
}
