package no.ankomst.introduction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The dated rules of the introduction programme, day by day around each change. */
class IntroductionRulesTest {

    private static final IntroductionRules LAW = IntroductionRules.CURRENT_LAW;

    @ParameterizedTest(name = "right arising {0}: {1}")
    @CsvSource({
            // chapter 6A: the day before it came into force, its first day, the day after
            "2022-06-14, ORDINARY_RIGHT_AND_DUTY",
            "2022-06-15, CHAPTER_6A_RIGHT",
            "2022-06-16, CHAPTER_6A_RIGHT",
            "2024-02-29, CHAPTER_6A_RIGHT",
            // "until 1 July 2026": its last day is 30 June, the ordinary rules from 1 July
            "2026-06-30, CHAPTER_6A_RIGHT",
            "2026-07-01, ORDINARY_RIGHT_AND_DUTY",
            "2026-07-02, ORDINARY_RIGHT_AND_DUTY"})
    void chapter_six_a_governs_rights_arising_from_its_first_day_until_the_day_it_ends(LocalDate arose, Basis basis) {
        assertThat(LAW.basisOn(arose)).isEqualTo(basis);
    }

    @Test
    void the_end_of_chapter_six_a_is_configuration() {
        IntroductionRules extended = new IntroductionRules(18, 55, LocalDate.of(2022, 6, 15),
                LocalDate.of(2027, 7, 1), 3, 14);

        assertThat(extended.basisOn(LocalDate.of(2026, 7, 1))).isEqualTo(Basis.CHAPTER_6A_RIGHT);
        assertThat(extended.basisOn(LocalDate.of(2027, 7, 1))).isEqualTo(Basis.ORDINARY_RIGHT_AND_DUTY);
    }

    @ParameterizedTest(name = "right arising {0}: start by {1}")
    @CsvSource({
            "2026-01-15, 2026-04-15",
            // month ends: the same day three months on, or that month's last day
            "2025-11-30, 2026-02-28",
            "2023-11-30, 2024-02-29",
            "2026-03-31, 2026-06-30",
            "2026-01-31, 2026-04-30",
            "2024-02-29, 2024-05-29",
            "2026-06-30, 2026-09-30",
            "2026-07-01, 2026-10-01"})
    void the_programme_starts_within_three_months_of_the_day_the_right_arose(LocalDate arose, LocalDate startBy) {
        assertThat(LAW.startBy(arose)).isEqualTo(startBy);
    }

    @ParameterizedTest(name = "born {0}, settled {1}, seen {2}: arises {3}")
    @CsvSource(nullValues = "none", value = {
            // of age on the settlement day
            "2000-05-10, 2026-03-01, 2026-03-01, 2026-03-01",
            // 18 on the settlement day itself, or the day after
            "2008-03-01, 2026-03-01, 2026-03-01, 2026-03-01",
            "2008-03-02, 2026-03-01, 2026-03-01, none",
            // turns 18 after settlement: the right arises on the birthday, once it has come
            "2008-03-02, 2026-03-01, 2026-03-02, 2026-03-02",
            "2008-09-20, 2026-03-01, 2026-09-19, none",
            "2008-09-20, 2026-03-01, 2026-12-01, 2026-09-20",
            // born 29 February: 18 on 1 March in a common year (as Age counts)
            "2008-02-29, 2026-02-28, 2026-02-28, none",
            "2008-02-29, 2026-02-01, 2026-02-28, none",
            "2008-02-29, 2026-02-01, 2026-03-01, 2026-03-01",
            "2008-02-29, 2026-03-01, 2026-03-01, 2026-03-01",
            // 55 on the settlement day keeps the right; 56 on it has none, even the day they turned 56
            "1970-03-02, 2026-03-01, 2026-03-01, 2026-03-01",
            "1970-03-01, 2026-03-01, 2026-03-01, none",
            "1970-02-28, 2026-03-01, 2030-01-01, none",
            "1970-02-28, 2026-02-27, 2030-01-01, 2026-02-27",
            // a 29 February birthday at the top of the range: 56 years on is a leap year too, so 56 on 29 February
            "1970-03-01, 2026-02-28, 2026-02-28, 2026-02-28",
            "1968-02-29, 2024-02-28, 2024-02-28, 2024-02-28",
            "1968-02-29, 2024-02-29, 2024-02-29, none"})
    void the_right_arises_on_the_settlement_day_or_the_eighteenth_birthday_after_it(LocalDate born, LocalDate settled,
                                                                                    LocalDate seen, LocalDate arises) {
        assertThat(LAW.arisesOn(born, settled, seen).orElse(null)).isEqualTo(arises);
    }

    @Test
    void someone_who_turns_fifty_six_after_the_right_arose_keeps_it() {
        LocalDate born = LocalDate.of(1970, 6, 1);
        LocalDate settled = LocalDate.of(2026, 5, 31);

        assertThat(LAW.arisesOn(born, settled, LocalDate.of(2027, 1, 1))).contains(settled);
        // the status of a right never asks the age again
        assertThat(LAW.status(ParticipationState.STARTED, LAW.startBy(settled), LocalDate.of(2027, 1, 1)))
                .isEqualTo(IntroductionStatus.IN_PROGRESS);
    }

    @ParameterizedTest(name = "{0}, start by 2026-04-15, on {1}: {2}")
    @CsvSource({
            "NOT_OFFERED, 2026-03-31, NOT_OFFERED",
            "NOT_OFFERED, 2026-04-01, NEAR_LATE",
            "OFFERED, 2026-03-31, OFFERED",
            "OFFERED, 2026-04-01, NEAR_LATE",
            "OFFERED, 2026-04-15, NEAR_LATE",
            "OFFERED, 2026-04-16, LATE",
            "NOT_OFFERED, 2026-04-16, LATE",
            "STARTED, 2026-04-16, IN_PROGRESS",
            "PAUSED, 2026-04-16, IN_PROGRESS",
            "COMPLETED, 2026-04-16, COMPLETED",
            "DECLINED, 2026-04-16, DECLINED"})
    void the_status_is_computed_from_the_state_and_the_start_by_day(ParticipationState state, LocalDate today,
                                                                    IntroductionStatus status) {
        assertThat(LAW.status(state, LocalDate.of(2026, 4, 15), today)).isEqualTo(status);
    }

    @Test
    void rules_that_end_before_they_start_are_refused() {
        assertThatThrownBy(() -> new IntroductionRules(18, 55, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 1), 3,
                14)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IntroductionRules(56, 55, LocalDate.of(2022, 6, 15), LocalDate.of(2026, 7, 1), 3,
                14)).isInstanceOf(IllegalArgumentException.class);
    }
}
