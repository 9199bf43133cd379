package no.ankomst.protection;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * The dated, configurable part of the law on temporary collective protection: what changes by law is
 * data here, not code (DOMAIN.md). A rule with a date applies to applications made on or after it.
 * Bound from {@code ankomst.protection.rules.*} by {@link ProtectionRulesConfiguration}; the defaults,
 * {@link #CURRENT_LAW}, are the law as of 2026.
 *
 * @param cutOff                   the invasion: residence, holidays, protection and households are judged before it
 * @param holidayMaxDays           a holiday or visit abroad of at most this many days before the cut-off still counts
 *                                 as living in Ukraine
 * @param legalResidenceMonths     legal residence in Norway counts if it expires less than this many months after
 *                                 the application date (or has expired)
 * @param leftShortlyBeforeDays    someone who moved away from Ukraine at most this many days before the cut-off is
 *                                 pointed out for individual assessment ("some flexibility for those who left
 *                                 shortly before"); a holiday of up to {@code holidayMaxDays} qualifies outright
 * @param childUnderAge            a child below this age on the application date follows a qualifying parent
 * @param safeThirdCountryFrom     from this date, citizens of a safe third country get no collective protection
 * @param noRegrantFrom            from this date, collective protection that ended is not granted again
 * @param safeOblastsFrom          from this date, people from {@code safeOblasts} go to individual processing
 * @param safeOblasts              the oblasts UDI rates as safe
 */
public record ProtectionRules(
        LocalDate cutOff,
        int holidayMaxDays,
        int legalResidenceMonths,
        int leftShortlyBeforeDays,
        int childUnderAge,
        LocalDate safeThirdCountryFrom,
        LocalDate noRegrantFrom,
        LocalDate safeOblastsFrom,
        Set<UkrainianOblast> safeOblasts) {

    public static final ProtectionRules CURRENT_LAW = new ProtectionRules(
            LocalDate.of(2022, 2, 24), 90, 2, 30, 18,
            LocalDate.of(2024, 3, 1), LocalDate.of(2024, 7, 1), LocalDate.of(2024, 9, 27),
            EnumSet.of(UkrainianOblast.LVIV, UkrainianOblast.VOLYN, UkrainianOblast.ZAKARPATTIA,
                    UkrainianOblast.IVANO_FRANKIVSK, UkrainianOblast.TERNOPIL, UkrainianOblast.RIVNE));

    public ProtectionRules {
        requireNonNegative(holidayMaxDays, "holidayMaxDays");
        requireNonNegative(legalResidenceMonths, "legalResidenceMonths");
        requireNonNegative(leftShortlyBeforeDays, "leftShortlyBeforeDays");
        requireNonNegative(childUnderAge, "childUnderAge");
        for (LocalDate rule : new LocalDate[] {safeThirdCountryFrom, noRegrantFrom, safeOblastsFrom}) {
            if (rule.isBefore(cutOff)) {
                throw new IllegalArgumentException("a rule change cannot come before the cut-off " + cutOff);
            }
        }
        safeOblasts = safeOblasts.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(safeOblasts));
    }

    private static void requireNonNegative(int value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " cannot be negative: " + value);
        }
    }

    boolean safeThirdCountryRuleOn(LocalDate applicationDate) {
        return !applicationDate.isBefore(safeThirdCountryFrom);
    }

    boolean noRegrantRuleOn(LocalDate applicationDate) {
        return !applicationDate.isBefore(noRegrantFrom);
    }

    boolean safeOblastRuleOn(LocalDate applicationDate) {
        return !applicationDate.isBefore(safeOblastsFrom);
    }
}
