package no.ankomst.residents;

import java.util.List;
import java.util.OptionalInt;

/**
 * The century of a two-digit year by the table of numbers issued before 2032, read from the individual
 * number (digits 7–9). Once the year is known, the official ranges never give two candidates — 500–749
 * covers 1854–1899 and 2000–2039, 900–999 covers 1940–1999 and 2000–2039, and those year spans do not
 * share a two-digit year — so no reference date is needed. Numbers issued from 2032 no longer encode the
 * century, so this is a hint (and the generator's rule), never a reason to refuse a number.
 */
final class BirthYears {

    private record Range(int firstIndividual, int lastIndividual, int firstYear, int lastYear) {
    }

    private static final List<Range> RANGES = List.of(
            new Range(500, 749, 1854, 1899),
            new Range(0, 499, 1900, 1999),
            new Range(900, 999, 1940, 1999),
            new Range(500, 999, 2000, 2039));

    private BirthYears() {
    }

    /** The full year, or empty if no range fits (for example 750–899 with a year before 2000). */
    static OptionalInt fullYear(int twoDigitYear, int individual) {
        for (Range range : RANGES) {
            int year = range.firstYear() / 100 * 100 + twoDigitYear;
            if (individual >= range.firstIndividual() && individual <= range.lastIndividual()
                    && year >= range.firstYear() && year <= range.lastYear()) {
                return OptionalInt.of(year);
            }
        }
        return OptionalInt.empty();
    }
}
