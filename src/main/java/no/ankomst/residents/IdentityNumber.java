package no.ankomst.residents;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
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
    private final LocalDate birthDate;

    private IdentityNumber(String value, Kind kind, LocalDate birthDate) {
        this.value = value;
        this.kind = kind;
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
        LocalDate date = date(day > OFFSET ? day - OFFSET : day, month > OFFSET ? month - OFFSET : month,
                Integer.parseInt(digits, 4, 6, 10), Integer.parseInt(digits, 6, 9, 10));
        if (!CheckDigits.k1Accepted(digits)) {
            throw new InvalidIdentityNumberException(Reason.CHECK_DIGIT_1);
        }
        int k2 = CheckDigits.k2(digits);
        if (k2 == CheckDigits.NOT_ISSUABLE || k2 != CheckDigits.digit(digits, 10)) {
            throw new InvalidIdentityNumberException(Reason.CHECK_DIGIT_2);
        }
        return new IdentityNumber(digits, kind, date);
    }

    private static LocalDate date(int day, int month, int twoDigitYear, int individual) {
        OptionalInt year = BirthYears.fullYear(twoDigitYear, individual);
        if (year.isEmpty() || month < 1 || month > 12
                || day < 1 || day > YearMonth.of(year.getAsInt(), month).lengthOfMonth()) {
            throw new InvalidIdentityNumberException(Reason.IMPOSSIBLE_DATE);
        }
        return LocalDate.of(year.getAsInt(), month, day);
    }

    private static String withoutSpaces(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /**
     * Warning keys (not errors) when the date in the number is not the stated date of birth. For a
     * D-number that is often right — UDI may have used the registration date — so it has its own key.
     */
    public List<String> warningsAgainst(LocalDate statedBirthDate) {
        if (birthDate.equals(statedBirthDate)) {
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

    /** The date in the number, after taking off the D or H offset. For a D-number it may not be the birth date. */
    public LocalDate birthDate() {
        return birthDate;
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
