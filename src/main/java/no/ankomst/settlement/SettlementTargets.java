package no.ankomst.settlement;

import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settlement target (DOMAIN.md "Settlement"): settled within {@code months} of the permit,
 * {@code minorsMonths} for unaccompanied minors; a household is "near" its target {@code nearDays} before it.
 * Bound from {@code ankomst.settlement.targets.*}.
 */
@ConfigurationProperties("ankomst.settlement.targets")
public record SettlementTargets(@DefaultValue("6") int months, @DefaultValue("3") int minorsMonths,
                                @DefaultValue("30") int nearDays) {

    public SettlementTargets {
        if (months < 1 || minorsMonths < 1 || nearDays < 0) {
            throw new IllegalArgumentException("settlement targets must be positive");
        }
    }

    public LocalDate targetFor(LocalDate permitGrantedOn, boolean unaccompaniedMinor) {
        return permitGrantedOn.plusMonths(unaccompaniedMinor ? minorsMonths : months);
    }
}
