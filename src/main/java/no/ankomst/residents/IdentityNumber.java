package no.ankomst.residents;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import no.ankomst.residents.InvalidIdentityNumberException.Reason;
import org.jspecify.annotations.Nullable;

/**
 * A Norwegian identity number: fødselsnummer, D-number or H-number, 11 digits {@code DDMMYY iii k1 k2}.
 * Only {@link #parse} creates one, so holding an instance means the number passed every rule.
 */
public final class IdentityNumber {

    public enum Kind {
        FODSELSNUMMER,
        /** Given to people without a fødselsnummer (many new arrivals): first digit + 4, day 41–71. */
        D_NUMBER,
        /** Health-sector help number: month + 40. */
        H_NUMBER
    }

    public static final String D_NUMBER_DATE_DIFFERS = "warning.identityNumber.dNumberDateDiffers";
    public static final String BIRTH_DATE_DIFFERS = "warning.identityNumber.birthDateDiffers";

    private static final int LENGTH = 11;
    private static final int OFFSET = 40;

    private final String value;
    private final Kind kind;
    private final MonthDay dayAndMonth;
    private final int twoDigitYear;
    private final @Nullable LocalDate birthDate;

    private IdentityNumber(String value, Kind kind, MonthDay dayAndMonth, int twoDigitYear,
                           @Nullable LocalDate birthDate) {
        this.value = value;
        this.kind = kind;
        this.dayAndMonth = dayAndMonth;
        this.twoDigitYear = twoDigitYear;
        this.birthDate = birthDate;
    }

    /**
     * Reads a number as typed or pasted; spaces are allowed ("311299 56715") and dropped. Rules are
     * checked in the order of {@link Reason}, and the first one broken is reported.
     */
    public static IdentityNumber parse(@Nullable String text) {
        String digits = text == null ? "" : withoutSpaces(text);
        if (digits.isEmpty()) {
            throw new InvalidIdentityNumberException(Reason.EMPTY);
        }
        if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidIdentityNumberException(Reason.NOT_DIGITS);
        }
        if (digits.length() != LENGTH) {
            throw new InvalidIdentityNumberException(Reason.LENGTH);
        }
        int day = Integer.parseInt(digits, 0, 2, 10);
        int month = Integer.parseInt(digits, 2, 4, 10);
        if (day > OFFSET && month > OFFSET) {
            throw new InvalidIdentityNumberException(Reason.IMPOSSIBLE_DATE); // cannot be both D and H
        }
        Kind kind = day > OFFSET ? Kind.D_NUMBER : month > OFFSET ? Kind.H_NUMBER : Kind.FODSELSNUMMER;
        int twoDigitYear = Integer.parseInt(digits, 4, 6, 10);
        MonthDay dayAndMonth = dayAndMonth(day > OFFSET ? day - OFFSET : day, month > OFFSET ? month - OFFSET : month,
                twoDigitYear);
        if (!CheckDigits.k1Accepted(digits)) {
            throw new InvalidIdentityNumberException(Reason.CHECK_DIGIT_1);
        }
        int k2 = CheckDigits.k2(digits);
        if (k2 == CheckDigits.NOT_ISSUABLE || k2 != CheckDigits.digit(digits, 10)) {
            throw new InvalidIdentityNumberException(Reason.CHECK_DIGIT_2);
        }
        return new IdentityNumber(digits, kind, dayAndMonth, twoDigitYear,
                centuryHint(digits, dayAndMonth, twoDigitYear));
    }

    /**
     * The day and month must exist in a year the number can stand for. Numbers issued from 2032 no longer
     * encode the century, so the individual number cannot rule a year out: 29 February is possible whenever
     * 19yy or 20yy is a leap year (year 00 too, as 2000 was one, though 1900 was not).
     */
    private static MonthDay dayAndMonth(int day, int month, int twoDigitYear) {
        if (month < 1 || month > 12 || day < 1 || day > Math.max(YearMonth.of(1900 + twoDigitYear, month)
                .lengthOfMonth(), YearMonth.of(2000 + twoDigitYear, month).lengthOfMonth())) {
            throw new InvalidIdentityNumberException(Reason.IMPOSSIBLE_DATE);
        }
        return MonthDay.of(month, day);
    }

    /**
     * The full date by the century table of numbers issued before 2032, when the number can be one of those:
     * classic check digits, an individual number in a range for its year, and the day existing in that year.
     * Otherwise (for example a k1 accepted only from 2032) the number says nothing about the century.
     */
    private static @Nullable LocalDate centuryHint(String digits, MonthDay dayAndMonth, int twoDigitYear) {
        if (!CheckDigits.classicK1Valid(digits)) {
            return null;
        }
        OptionalInt year = BirthYears.fullYear(twoDigitYear, Integer.parseInt(digits, 6, 9, 10));
        return year.isPresent() && dayAndMonth.isValidYear(year.getAsInt()) ? dayAndMonth.atYear(year.getAsInt())
                : null;
    }

    private static String withoutSpaces(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /**
     * Warning keys (not errors) when the date in the number is not the stated date of birth: day, month or
     * two-digit year differ, or the century the pre-2032 table gives (when it gives one) does. For a
     * D-number that is often right — UDI may have used the registration date — so it has its own key.
     */
    public List<String> warningsAgainst(LocalDate statedBirthDate) {
        boolean fits = MonthDay.from(statedBirthDate).equals(dayAndMonth)
                && statedBirthDate.getYear() % 100 == twoDigitYear
                && (birthDate == null || birthDate.equals(statedBirthDate));
        if (fits) {
            return List.of();
        }
        return List.of(kind == Kind.D_NUMBER ? D_NUMBER_DATE_DIFFERS : BIRTH_DATE_DIFFERS);
    }

    public Kind kind() {
        return kind;
    }

    /** The 11 digits, no spaces. */
    public String value() {
        return value;
    }

    /**
     * The date in the number, after taking off the D or H offset, with the century the pre-2032 table gives;
     * empty when the number does not tell the century. A hint, never a rule: for a D-number it may not even
     * be the birth date.
     */
    public Optional<LocalDate> birthDate() {
        return Optional.ofNullable(birthDate);
    }

    /** Day and month in the number, after taking off the D or H offset; they exist in some possible year. */
    public MonthDay dayAndMonth() {
        return dayAndMonth;
    }

    /** Date part only, for lists where the whole number need not be shown: {@code 311299*****}. */
    public String masked() {
        return value.substring(0, 6) + "*****";
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof IdentityNumber that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
