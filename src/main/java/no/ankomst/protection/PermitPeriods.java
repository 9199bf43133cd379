package no.ankomst.protection;

import java.time.LocalDate;

/**
 * Permit arithmetic, the one place the service and the case views take it from: one year at a time, and
 * never past the maximum counted from the first permit.
 *
 * <p>A permit of n years ends the day before its n-th anniversary. The anniversary of 29 February in a
 * year without one is 1 March (as the law counts a person born on 29 February as a year older on 1 March),
 * so a one-year permit from 2024-02-29 ends 2025-02-28, not 2025-02-27; one from 2023-03-01 ends 2024-02-29.
 * {@code plusYears} alone would move the anniversary back to 28 February and lose a day.
 */
public final class PermitPeriods {

    private PermitPeriods() {
    }

    /** The last day of a one-year permit starting on {@code from}. */
    public static LocalDate oneYearFrom(LocalDate from) {
        return anniversary(from, 1).minusDays(1);
    }

    /** The last day any permit may run to, when the first one started on {@code firstFrom}. */
    public static LocalDate latestEnd(LocalDate firstFrom, int maxYears) {
        return anniversary(firstFrom, maxYears).minusDays(1);
    }

    /** A renewal starts the day after the current permit ends. */
    public static LocalDate renewalStart(LocalDate currentTo) {
        return currentTo.plusDays(1);
    }

    /** A renewal's end unless UDI decided otherwise: a year from its start, but not past the maximum. */
    public static LocalDate renewalEnd(LocalDate firstFrom, LocalDate currentTo, int maxYears) {
        LocalDate year = oneYearFrom(renewalStart(currentTo));
        LocalDate latest = latestEnd(firstFrom, maxYears);
        return year.isAfter(latest) ? latest : year;
    }

    private static LocalDate anniversary(LocalDate from, int years) {
        LocalDate same = from.plusYears(years);
        // plusYears turns 29 February into 28 February in a common year; the anniversary is the day after
        return same.getDayOfMonth() < from.getDayOfMonth() ? same.plusDays(1) : same;
    }
}
