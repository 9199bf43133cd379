package no.ankomst.settlement;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Whether a household may be proposed for settlement, and if not what is missing: members whose protection case
 * is not granted, and the settlement interview.
 *
 * @param membersWithoutGrant ids of members (merged duplicates left out) without a granted protection case
 * @param permitGrantedOn the latest member's permit start, once every member is granted
 * @param targetDate settled by: the permit plus 6 months, 3 for unaccompanied minors (configuration)
 * @param unaccompaniedMinor every member is under 18 on the permit day (no adult in the household)
 */
public record Readiness(long householdId, List<Long> membersWithoutGrant, boolean interviewDone,
                        @Nullable LocalDate permitGrantedOn, @Nullable LocalDate targetDate,
                        boolean unaccompaniedMinor) {

    public Readiness {
        membersWithoutGrant = List.copyOf(membersWithoutGrant);
    }

    public boolean allGranted() {
        return membersWithoutGrant.isEmpty();
    }

    public boolean ready() {
        return allGranted() && interviewDone;
    }

    /** The state these facts put a household in before any proposal. */
    public SettlementState state() {
        return !allGranted() ? SettlementState.WAITING_PERMIT
                : interviewDone ? SettlementState.READY : SettlementState.WAITING_INTERVIEW;
    }

    /** What is missing, as i18n keys: {@code settlement.missing.permits}, {@code settlement.missing.interview}. */
    public List<String> missingKeys() {
        return java.util.stream.Stream.of(allGranted() ? null : "settlement.missing.permits",
                interviewDone ? null : "settlement.missing.interview").filter(java.util.Objects::nonNull).toList();
    }
}
