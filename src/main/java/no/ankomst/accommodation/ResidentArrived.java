package no.ankomst.accommodation;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A person arrived: checked in at a site or transferred to one (then {@code siteId} is that site and
 * {@code arrivedOn} the day of the check-in or transfer), or registered with an arrival date but no site yet ({@code siteId} null). It starts the clocks that
 * run from arrival (TB screening within 14 days, school). Published inside the writing transaction and
 * delivered through the durable event registry, so listeners ({@code @ApplicationModuleListener}) see only
 * committed arrivals, and may see one twice after a crash or a second check-in: they must be idempotent.
 *
 * <p>It lives here, not in residents, although registration publishes it too: residents already depends on
 * accommodation (a registration checks in), so the other way round would be a cycle.
 */
public record ResidentArrived(long personId, @Nullable Long siteId, LocalDate arrivedOn) {
}
