package no.ankomst.residents;

import java.time.LocalDate;

/** Makes valid numbers for test and demo data, so no real person's number is ever needed. */
public final class IdentityNumbers {

    private IdentityNumbers() {
    }

    public static IdentityNumber fodselsnummer(LocalDate birthDate, int individual) {
        return issue(birthDate.getDayOfMonth(), birthDate.getMonthValue(), birthDate, individual);
    }

    public static IdentityNumber dNumber(LocalDate birthDate, int individual) {
        return issue(birthDate.getDayOfMonth() + 40, birthDate.getMonthValue(), birthDate, individual);
    }

    public static IdentityNumber hNumber(LocalDate birthDate, int individual) {
        return issue(birthDate.getDayOfMonth(), birthDate.getMonthValue() + 40, birthDate, individual);
    }

    /**
     * Uses the classic check digits only, as numbers issued before 2032 do. Where a check digit would be
     * 10 the individual number is never issued, so the next one that still gives the same century is used.
     */
    private static IdentityNumber issue(int day, int month, LocalDate birthDate, int individual) {
        int twoDigitYear = birthDate.getYear() % 100;
        if (individual < 0 || individual > 999 || !sameYear(twoDigitYear, individual, birthDate)) {
            throw new IllegalArgumentException("individual number " + individual + " does not fit the year "
                    + birthDate.getYear());
        }
        for (int i = individual; i <= 999; i++) {
            if (!sameYear(twoDigitYear, i, birthDate)) {
                continue;
            }
            String nine = "%02d%02d%02d%03d".formatted(day, month, twoDigitYear, i);
            int k1 = CheckDigits.classicK1(nine);
            if (k1 == CheckDigits.NOT_ISSUABLE) {
                continue;
            }
            int k2 = CheckDigits.k2(nine + k1);
            if (k2 != CheckDigits.NOT_ISSUABLE) {
                return IdentityNumber.parse(nine + k1 + k2);
            }
        }
        throw new IllegalArgumentException("no issuable individual number from " + individual + " for the year "
                + birthDate.getYear());
    }

    private static boolean sameYear(int twoDigitYear, int individual, LocalDate birthDate) {
        return BirthYears.fullYear(twoDigitYear, individual).orElse(-1) == birthDate.getYear();
    }
}
