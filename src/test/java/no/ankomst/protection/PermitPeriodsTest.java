package no.ankomst.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Permit arithmetic on 29 February and month ends, where {@code plusYears(1).minusDays(1)} loses a day. */
class PermitPeriodsTest {

    @ParameterizedTest(name = "a one-year permit from {0} ends {1}")
    @CsvSource({
        "2024-02-29, 2025-02-28", // the anniversary in a common year is 1 March
        "2023-03-01, 2024-02-29", // ends on the leap day
        "2024-02-28, 2025-02-27",
        "2024-03-01, 2025-02-28",
        "2023-02-28, 2024-02-27",
        "2024-01-31, 2025-01-30",
        "2024-12-31, 2025-12-30",
        "2025-01-01, 2025-12-31",
    })
    void a_one_year_permit_ends_the_day_before_its_anniversary(LocalDate from, LocalDate to) {
        assertThat(PermitPeriods.oneYearFrom(from)).isEqualTo(to);
    }

    @ParameterizedTest(name = "first permit from {0}, at most {1} years: the last day is {2}")
    @CsvSource({
        "2024-02-29, 5, 2029-02-28",
        "2024-02-29, 4, 2028-02-28", // 2028 has a 29 February, so the fourth anniversary is that day
        "2023-03-01, 5, 2028-02-29",
        "2022-03-15, 3, 2025-03-14",
    })
    void the_maximum_counts_whole_years_from_the_first_permit(LocalDate first, int years, LocalDate latest) {
        assertThat(PermitPeriods.latestEnd(first, years)).isEqualTo(latest);
    }

    @ParameterizedTest(name = "first from {0}, current to {1}: renewed {2} – {3}")
    @CsvSource({
        "2024-02-29, 2025-02-28, 2025-03-01, 2026-02-28",
        "2023-03-01, 2024-02-29, 2024-03-01, 2025-02-28",
        "2027-02-28, 2028-02-28, 2028-02-29, 2029-02-28", // a renewal from the leap day
        "2024-02-29, 2028-02-28, 2028-02-29, 2029-02-28", // the fifth year, exactly at the maximum
        "2024-06-10, 2028-12-31, 2029-01-01, 2029-06-09", // a year would pass the maximum: cut to it
    })
    void a_renewal_starts_the_day_after_and_runs_a_year_but_not_past_the_maximum(LocalDate first, LocalDate currentTo,
                                                                                   LocalDate from, LocalDate to) {
        assertThat(PermitPeriods.renewalStart(currentTo)).isEqualTo(from);
        assertThat(PermitPeriods.renewalEnd(first, currentTo, 5)).isEqualTo(to);
    }
}
