package no.ankomst.reporting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import no.ankomst.base.ValidationException;
import org.jspecify.annotations.Nullable;

/** A period of whole days, both included; a Monday-to-Sunday period is an ISO week. */
public record ReportPeriod(LocalDate start, LocalDate end) {

    public ReportPeriod {
        if (end.isBefore(start)) {
            throw ValidationException.of("end", "validation.report.periodEndsBeforeStart");
        }
    }

    /** The ISO week (Monday to Sunday) holding the day. */
    public static ReportPeriod weekOf(LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new ReportPeriod(monday, monday.plusDays(6));
    }

    /** "2026-W48" when the period is exactly one ISO week, else null. */
    public @Nullable String isoWeek() {
        if (start.getDayOfWeek() != DayOfWeek.MONDAY || !end.equals(start.plusDays(6))) {
            return null;
        }
        return "%d-W%02d".formatted(start.get(IsoFields.WEEK_BASED_YEAR), start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
