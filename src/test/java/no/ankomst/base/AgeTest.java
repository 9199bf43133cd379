package no.ankomst.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgeTest {

    @ParameterizedTest(name = "born {0}, on {1}: {2}")
    @CsvSource({
            // the day before the birthday, the birthday, the day after
            "2008-06-15, 2026-06-14, 17",
            "2008-06-15, 2026-06-15, 18",
            "2008-06-15, 2026-06-16, 18",
            // born on 29 February: still 17 on 28 February of a common year, 18 on 1 March
            "2008-02-29, 2026-02-28, 17",
            "2008-02-29, 2026-03-01, 18",
            // ... and on 29 February itself in a leap year
            "2008-02-29, 2028-02-28, 19",
            "2008-02-29, 2028-02-29, 20",
            // born on 28 February or 1 March of a leap year: nothing moves
            "2008-02-28, 2026-02-28, 18",
            "2008-03-01, 2026-02-28, 17",
            "2008-03-01, 2026-03-01, 18",
            // month ends: born on the 31st, the month of the birthday has 31 days
            "2010-01-31, 2016-01-30, 5",
            "2010-01-31, 2016-01-31, 6",
            "2010-08-31, 2016-08-31, 6",
            // the day of birth, and new year's eve
            "2026-03-01, 2026-03-01, 0",
            "2000-01-01, 2025-12-31, 25",
            // before the birth date (a wrong date in the data): no negative age
            "2026-03-01, 2026-02-28, 0",
    })
    void age_in_completed_years(LocalDate birth, LocalDate day, int years) {
        assertThat(Age.of(birth).on(day)).isEqualTo(years);
    }

    @Test
    void a_child_born_on_29_february_turns_18_on_1_march_in_a_common_year_and_on_the_day_in_a_leap_year() {
        assertThat(Age.of(LocalDate.of(2008, 2, 29)).birthday(18)).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(Age.of(LocalDate.of(2008, 2, 29)).birthday(20)).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(Age.of(LocalDate.of(2010, 1, 31)).birthday(6)).isEqualTo(LocalDate.of(2016, 1, 31));
    }

    @Test
    void the_year_a_child_turns_6_is_the_birth_year_plus_6_whatever_the_day() {
        assertThat(Age.of(LocalDate.of(2020, 12, 31)).yearTurning(6)).isEqualTo(2026);
        assertThat(Age.of(LocalDate.of(2020, 1, 1)).yearTurning(6)).isEqualTo(2026);
    }

    /** The query bound and the age agree for every birth date around the leap days of several years. */
    @Test
    void born_on_or_before_the_bound_is_exactly_being_old_enough() {
        for (LocalDate day = LocalDate.of(2026, 1, 1); day.isBefore(LocalDate.of(2029, 1, 1)); day = day.plusDays(1)) {
            for (int years : new int[] {1, 6, 18, 67}) {
                LocalDate bound = Age.bornOnOrBefore(years, day);
                for (LocalDate birth = bound.minusDays(3); !birth.isAfter(bound.plusDays(3)); birth = birth.plusDays(1)) {
                    assertThat(Age.of(birth).on(day) >= years).as("born %s, on %s, at least %d", birth, day, years)
                            .isEqualTo(!birth.isAfter(bound));
                }
            }
        }
    }

    @Test
    void the_birthday_is_the_first_day_of_the_new_age() {
        for (LocalDate birth = LocalDate.of(2007, 12, 1); birth.isBefore(LocalDate.of(2009, 4, 1)); birth = birth.plusDays(1)) {
            for (int years = 1; years <= 20; years++) {
                LocalDate birthday = Age.of(birth).birthday(years);
                assertThat(Age.of(birth).on(birthday)).isEqualTo(years);
                assertThat(Age.of(birth).on(birthday.minusDays(1))).isEqualTo(years - 1);
            }
        }
    }
}
