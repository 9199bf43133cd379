package no.ankomst.protection;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
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
 * @param leftShortlyBeforeDays    someone who moved away from Ukraine at most this many days before the cut-off
 *                                 still counts as having lived there ("some flexibility for those who left shortly
 *                                 before"); moved away earlier: individual assessment
 * @param childUnderAge            a child below this age on the application date follows a qualifying parent
 * @param safeThirdCountryFrom     from this date, citizens of a safe third country get no collective protection
 * @param noRegrantFrom            from this date, collective protection that ended is not granted again
 * @param safeOblastsFrom          from this date, people from {@code safeOblasts} go to individual processing
 * @param safeOblasts              the oblasts UDI rates as safe
 * @param safeThirdCountries       ISO 3166-1 alpha-2 codes of the countries UDI deems generally safe (the list of
 *                                 its 48-hour procedure), applied from {@code safeThirdCountryFrom}
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
        Set<UkrainianOblast> safeOblasts,
        Set<String> safeThirdCountries) {

    // before CURRENT_LAW: its constructor checks codes against it
    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    /**
     * Safe third countries to start from: those DOMAIN.md names (Hungary, Sweden, the USA), the other EU/EEA
     * states (Norway itself is no third country), Switzerland, the United Kingdom, Canada, Australia, New
     * Zealand and Japan. Russia and Belarus are not on it. UDI's own list decides: configure
     * {@code ankomst.protection.rules.safe-third-countries} to match it.
     */
    public static final Set<String> DEFAULT_SAFE_THIRD_COUNTRIES = Set.of(
            "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT",
            "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI",
            "CH", "GB", "US", "CA", "AU", "NZ", "JP");

    public static final ProtectionRules CURRENT_LAW = new ProtectionRules(
            LocalDate.of(2022, 2, 24), 90, 2, 30, 18,
            LocalDate.of(2024, 3, 1), LocalDate.of(2024, 7, 1), LocalDate.of(2024, 9, 27),
            EnumSet.of(UkrainianOblast.LVIV, UkrainianOblast.VOLYN, UkrainianOblast.ZAKARPATTIA,
                    UkrainianOblast.IVANO_FRANKIVSK, UkrainianOblast.TERNOPIL, UkrainianOblast.RIVNE),
            DEFAULT_SAFE_THIRD_COUNTRIES);


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
        for (String code : safeThirdCountries) {
            if (!ISO_COUNTRIES.contains(code) || "UA".equals(code)) {
                throw new IllegalArgumentException("not a safe third country code (ISO 3166-1 alpha-2, upper case,"
                        + " not UA): " + code);
            }
        }
        safeThirdCountries = Set.copyOf(safeThirdCountries);
    }

    private static void requireNonNegative(int value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " cannot be negative: " + value);
        }
    }

    boolean safeThirdCountryRuleOn(LocalDate applicationDate) {
        return !applicationDate.isBefore(safeThirdCountryFrom);
    }

    /** Whether any of these citizenships is on the safe-third-country list. */
    public boolean holdsSafeThirdCountryCitizenship(Collection<String> citizenships) {
        return citizenships.stream().anyMatch(safeThirdCountries::contains);
    }

    /**
     * Legal residence in Norway counts when it expires before this day: the application date plus the
     * configured months, by {@link LocalDate#plusMonths} — the same day of the month, or the month's last day
     * when it has no such day (as domstolloven § 148 counts deadlines in months). So two months from
     * 31 December end on 28 (or 29) February and from 29 February on 29 April; "less than two months after"
     * means strictly before that day.
     */
    LocalDate legalResidenceLimit(LocalDate applicationDate) {
        return applicationDate.plusMonths(legalResidenceMonths);
    }

    /**
     * Whether the safe-third-country rule stops a renewal starting on {@code renewalStart}: the holder has such a
     * citizenship, and is not family of a holder of collective protection without one.
     *
     * @param holdersInHousehold the citizenships of each household member who holds collective protection
     */
    public boolean barsRenewal(LocalDate renewalStart, Collection<String> citizenships,
                               Collection<? extends Collection<String>> holdersInHousehold) {
        return safeThirdCountryRuleOn(renewalStart) && holdsSafeThirdCountryCitizenship(citizenships)
                && holdersInHousehold.stream().allMatch(this::holdsSafeThirdCountryCitizenship);
    }

    boolean noRegrantRuleOn(LocalDate applicationDate) {
        return !applicationDate.isBefore(noRegrantFrom);
    }

    boolean safeOblastRuleOn(LocalDate applicationDate) {
        return !applicationDate.isBefore(safeOblastsFrom);
    }
}
