package no.ankomst.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The dated TB rules on their change days, the days around them, month ends and 29 February. */
class TbRulesTest {

    private final TbRules rules = TbRules.CURRENT_LAW;

    @ParameterizedTest(name = "arrived {0} → due {1}")
    @CsvSource({
            "2022-03-31, 2022-04-14",   // the day before the extension: 14 days
            "2022-04-01, 2022-04-29",   // first day of the extension: 4 weeks
            "2022-09-30, 2022-10-28",   // last day of the extension
            "2022-10-01, 2022-10-15",   // the day after: 14 days again
            "2024-02-15, 2024-02-29",   // into 29 February of a leap year
            "2024-02-29, 2024-03-14",
            "2025-02-28, 2025-03-14",
            "2026-01-31, 2026-02-14",
            "2026-12-25, 2027-01-08"})  // across the year end
    void dueFourteenDaysAfterArrivalExceptTheExtension(LocalDate arrival, LocalDate due) {
        assertThat(rules.dueDate(arrival)).isEqualTo(due);
    }

    @ParameterizedTest(name = "born {0}, {1}, tested {2} → {3}")
    @CsvSource({
            // the flowchart from 1 December 2022: X-ray from 10 for high incidence (Ukraine)
            "2016-12-01, HIGH, 2026-11-30, QUESTIONNAIRE",   // 9 the day before the birthday
            "2016-12-01, HIGH, 2026-12-01, XRAY",            // turned 10 on the test day
            "2016-12-01, VERY_HIGH, 2026-11-30, IGRA",       // a child from a very-high-incidence country
            "2016-12-01, VERY_HIGH, 2026-12-01, XRAY_AND_IGRA",
            "1990-12-01, VERY_HIGH, 2026-11-30, XRAY_AND_IGRA", // 35
            "1990-12-01, VERY_HIGH, 2026-12-01, XRAY",       // 36 on the test day
            "1960-05-05, HIGH, 2026-12-01, XRAY",
            "1960-05-05, LOW, 2026-12-01, QUESTIONNAIRE",
            // the earlier flowchart (from 1 March 2017): X-ray from 15
            "2008-06-01, HIGH, 2022-11-30, QUESTIONNAIRE",   // 14 on the last day of the old flowchart
            "2008-06-01, HIGH, 2022-12-01, XRAY",            // the same child the next day: the new flowchart
            "2007-11-30, HIGH, 2022-11-30, XRAY",            // 15 under the old flowchart
            "2012-01-01, VERY_HIGH, 2022-11-30, IGRA",
            // 29 February: ten on 1 March in a common year
            "2016-02-29, HIGH, 2026-02-28, QUESTIONNAIRE",
            "2016-02-29, HIGH, 2026-03-01, XRAY"})
    void testChosenByTheFlowchartAndTheAgeOnTheTestDay(LocalDate born, Incidence incidence, LocalDate tested,
                                                        TbTest expected) {
        assertThat(rules.testFor(born, incidence, tested)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "flowchart on {0} has X-ray from {1}")
    @CsvSource({"2017-02-28, 15", "2017-03-01, 15", "2022-11-30, 15", "2022-12-01, 10", "2026-12-01, 10"})
    void flowchartInForceOnADay(LocalDate day, int xrayFromAge) {
        assertThat(rules.flowchartOn(day).xrayFromAge()).isEqualTo(xrayFromAge);
    }
}
