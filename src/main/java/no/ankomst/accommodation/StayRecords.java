package no.ankomst.accommodation;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A stay as other features (the resident's profile) and the tests read it. */
public final class StayRecords {

    private StayRecords() {
    }

    /** Whole days: the person slept there from {@code checkedInOn} up to, not including, {@code checkedOutOn}. */
    public record StayRow(long id, long personId, long siteId, String siteName, @Nullable Long bedId,
                          @Nullable String bedLabel, LocalDate checkedInOn, @Nullable LocalDate checkedOutOn,
                          @Nullable CheckoutReason checkoutReason, int version) {

        public boolean open() {
            return checkedOutOn == null;
        }
    }

    /** One member of a household moving together, and the bed they get (none: not yet assigned). */
    public record Move(long personId, @Nullable Long bedId) {
    }

    /** A newly registered person checking in without a bed on {@code on}. */
    public record Arrival(long personId, LocalDate on) {
    }
}
