package no.ankomst.protection;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ankomst.protection.*}. The maximum is law, not code: it was raised from 3 to 5 years and may change
 * again. {@code expiringWithinDays}: how far ahead the "permits expiring" list looks.
 */
@ConfigurationProperties("ankomst.protection")
public record ProtectionProperties(
        @DefaultValue("5") int maxPermitYears,
        @DefaultValue("60") int expiringWithinDays) {

    public ProtectionProperties {
        if (maxPermitYears < 1 || expiringWithinDays < 1) {
            throw new IllegalArgumentException("ankomst.protection.max-permit-years and expiring-within-days must be >= 1");
        }
    }
}
