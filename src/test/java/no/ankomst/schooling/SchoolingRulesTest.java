package no.ankomst.schooling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;
import no.ankomst.schooling.SchoolingRules.ChildFacts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The dated rules of school age and start-by, day by day around each change. */
class SchoolingRulesTest {

    private static final SchoolingRules LAW = SchoolingRules.CURRENT_LAW;

    @ParameterizedTest(name = "born {0}: school age from {1}")
    @CsvSource({
            "2019-12-31, 2025-01-01",
            "2020-01-01, 2026-01-01",
            "2020-02-29, 2026-01-01",
            "2020-12-31, 2026-01-01"})
    void school_age_starts_on_new_years_day_of_the_year_the_child_turns_six(LocalDate born, LocalDate from) {
        assertThat(LAW.schoolAgeFrom(born)).isEqualTo(from);
        assertThat(LAW.schoolAge(born, from, null)).isTrue();
        assertThat(LAW.schoolAge(born, from.minusDays(1), null)).isFalse();
    }

    @ParameterizedTest(name = "born {0}: school age until {1}")
    @CsvSource({
            "2010-01-01, 2026-06-30",
            "2010-12-31, 2026-06-30",
            "2012-02-29, 2028-06-30"})
    void school_age_runs_to_the_end_of_the_school_year_of_the_year_they_turn_sixteen(LocalDate born, LocalDate until) {
        assertThat(LAW.schoolAgeUntil(born)).isEqualTo(until);
        assertThat(LAW.schoolAge(born, until, null)).isTrue();
        assertThat(LAW.schoolAge(born, until.plusDays(1), null)).isFalse();
    }

    @Test
    void a_fifteen_year_old_who_finished_school_in_ukraine_is_still_of_school_age_until_year_ten_is_completed() {
        LocalDate born = LocalDate.of(2011, 3, 1);
        LocalDate day = LocalDate.of(2026, 9, 1);
        // nothing recorded in Norway: school in Ukraine does not count
        assertThat(LAW.schoolAge(born, day, null)).isTrue();
        // year 10 completed in Norway ends school age on the day it ended
        assertThat(LAW.schoolAge(born, day, LocalDate.of(2026, 9, 1))).isFalse();
        assertThat(LAW.schoolAge(born, day, LocalDate.of(2026, 9, 2))).isTrue();
    }

    @ParameterizedTest(name = "need opened {0}: start by {1}")
    @CsvSource({
            // the temporary 2022 rule: its first day, the day before, its last day, the day after it ended
            "2022-06-14, 2022-07-14",
            "2022-06-15, 2022-09-15",
            "2022-06-16, 2022-09-16",
            "2026-06-30, 2026-09-30",
            "2026-07-01, 2026-08-01",
            // month ends: the same day next month, or the month's last day
            "2027-01-31, 2027-02-28",
            "2028-01-31, 2028-02-29",
            "2028-02-29, 2028-03-29",
            "2027-03-31, 2027-04-30",
            "2023-11-30, 2024-02-29",
            "2023-12-31, 2024-03-31"})
    void start_by_is_one_month_after_the_need_opened_or_three_under_the_temporary_rule(LocalDate opened,
                                                                                      LocalDate startBy) {
        assertThat(LAW.startBy(opened)).isEqualTo(startBy);
    }

    @Test
    void the_temporary_window_is_configuration() {
        SchoolingRulesConfiguration.Settings settings = new SchoolingRulesConfiguration.Settings(LAW);
        settings.setTemporaryUntil(LocalDate.of(2024, 7, 1));
        settings.setSchoolYearEnds("06-20");
        SchoolingRules rules = settings.toRules();
        assertThat(rules.startBy(LocalDate.of(2024, 6, 30))).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThat(rules.startBy(LocalDate.of(2024, 7, 1))).isEqualTo(LocalDate.of(2024, 8, 1));
        assertThat(rules.schoolYearEnds()).isEqualTo(MonthDay.of(6, 20));
        settings.setTemporaryUntil(LocalDate.of(2022, 6, 1));
        assertThatThrownBy(settings::toRules).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_need_opens_on_the_latest_of_arrival_school_age_and_an_enrolment_that_ended() {
        LocalDate born = LocalDate.of(2020, 5, 5);
        assertThat(LAW.needFrom(born, LocalDate.of(2025, 3, 1), null)).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(LAW.needFrom(born, LocalDate.of(2026, 3, 1), null)).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(LAW.needFrom(born, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 10, 2)))
                .isEqualTo(LocalDate.of(2026, 10, 2));
        assertThat(LAW.needFrom(born, null, null)).isEqualTo(LocalDate.of(2026, 1, 1));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "null", value = {
            // case, today, open enrolment, reopened, expected   (born 2015-04-04, arrived 2026-09-10: start by 2026-10-10)
            "too young before school age, 2020-01-01, null, null, NOT_SCHOOL_AGE",
            "far from start-by, 2026-09-20, null, null, NEEDS_SCHOOL",
            "applied only, 2026-09-20, APPLIED, null, NEEDS_SCHOOL",
            "enrolled, 2026-09-20, ENROLLED, null, ENROLLED",
            "eight days before start-by, 2026-10-02, null, null, NEEDS_SCHOOL",
            "seven days before start-by, 2026-10-03, null, null, SOON_LATE",
            "on the start-by day, 2026-10-10, ENROLLED, null, SOON_LATE",
            "the day after start-by, 2026-10-11, null, null, LATE",
            "enrolled but not started after start-by, 2026-10-11, ENROLLED, null, LATE",
            "started, 2026-12-01, STARTED, null, STARTED",
            "moved: a new month from the end, 2026-12-01, null, 2026-11-20, NEEDS_SCHOOL",
            "moved long ago, 2027-01-01, null, 2026-11-20, LATE",
            "past school age, 2031-07-01, null, null, NOT_SCHOOL_AGE"})
    void the_status_follows_from_the_dates(String description, LocalDate today, EnrolmentState open,
                                           LocalDate reopened, SchoolingStatus expected) {
        ChildFacts child = new ChildFacts(LocalDate.of(2015, 4, 4), LocalDate.of(2026, 9, 10), open, reopened, null);
        assertThat(LAW.status(child, today)).as(description).isEqualTo(expected);
    }

    @Test
    void kindergarten_is_for_ages_one_to_five_and_activity_from_two_until_school_age() {
        LocalDate born = LocalDate.of(2022, 5, 10);
        assertThat(LAW.kindergartenAge(born, LocalDate.of(2023, 5, 9))).isFalse();
        assertThat(LAW.kindergartenAge(born, LocalDate.of(2023, 5, 10))).isTrue();
        assertThat(LAW.kindergartenAge(born, LocalDate.of(2028, 5, 9))).isTrue();
        assertThat(LAW.kindergartenAge(born, LocalDate.of(2028, 5, 10))).isFalse();
        assertThat(LAW.activityAge(born, LocalDate.of(2024, 5, 9))).isFalse();
        assertThat(LAW.activityAge(born, LocalDate.of(2024, 5, 10))).isTrue();
        assertThat(LAW.activityAge(born, LocalDate.of(2027, 12, 31))).isTrue();
        assertThat(LAW.activityAge(born, LocalDate.of(2028, 1, 1))).isFalse();
    }
}
