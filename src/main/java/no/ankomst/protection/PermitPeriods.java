package no.ankomst.protection;

import java.time.LocalDate;

/** Permit arithmetic: one year at a time, and never past the maximum counted from the first permit. */
final class PermitPeriods {

    private PermitPeriods() {
    }

    /** The last day of a one-year permit starting on {@code from}. */
    static LocalDate oneYearFrom(LocalDate from) {
        return from.plusYears(1).minusDays(1);
    }

    /** The last day any permit may run to, when the first one started on {@code firstFrom}. */
    static LocalDate latestEnd(LocalDate firstFrom, int maxYears) {
        return firstFrom.plusYears(maxYears).minusDays(1);
    }
}
