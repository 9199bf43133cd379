package no.ankomst.residents;

import java.time.LocalDate;
import no.ankomst.base.Age;

/** Age bands of the residents list filter; bounds are whole years on the given day. */
public enum AgeGroup {
    UNDER_6(0, 5), SCHOOL_AGE(6, 15), YOUTH(16, 17), ADULT(18, 66), SENIOR(67, 150);

    private final int minAge;
    private final int maxAge;

    AgeGroup(int minAge, int maxAge) {
        this.minAge = minAge;
        this.maxAge = maxAge;
    }

    /** Born on or after this date: younger than or exactly {@code maxAge}. */
    public LocalDate bornOnOrAfter(LocalDate today) {
        return Age.bornOnOrBefore(maxAge + 1, today).plusDays(1);
    }

    /** Born on or before this date: at least {@code minAge}. */
    public LocalDate bornOnOrBefore(LocalDate today) {
        return Age.bornOnOrBefore(minAge, today);
    }
}
