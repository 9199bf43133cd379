package no.ankomst.protection;

import static no.ankomst.protection.ScreeningAnswer.NO;
import static no.ankomst.protection.ScreeningAnswer.YES;
import static no.ankomst.protection.ScreeningEngineTest.date;
import static no.ankomst.protection.ScreeningEngineTest.fled;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import no.ankomst.base.ValidationException;
import no.ankomst.base.ValidationException.Violation;
import no.ankomst.protection.ScreeningFacts.Builder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Facts that cannot all be true are refused with the field and the rule, never screened quietly. */
class ScreeningContradictionsTest {

    private static final ScreeningEngine ENGINE = new ScreeningEngine(ProtectionRules.CURRENT_LAW);

    static Stream<Arguments> contradictions() {
        return Stream.of(
                arguments("left Ukraine after the application", fled(date("2022-03-20"))
                        .leftUkraineOn(date("2022-03-21")), "leftUkraineOn", "validation.screening.afterApplication"),
                arguments("left Ukraine before being born", fled(date("2022-03-20")).birthDate(date("2021-01-01"))
                        .leftUkraineOn(date("2020-12-31")), "leftUkraineOn", "validation.screening.beforeBirth"),
                arguments("born after the application", fled(date("2022-03-20")).birthDate(date("2022-03-21"))
                        .leftUkraineOn(null), "birthDate", "validation.screening.afterApplication"),
                arguments("applied before the cut-off", fled(date("2022-02-23")).leftUkraineOn(null),
                        "applicationDate", "validation.screening.beforeCutOff"),
                arguments("protection in Ukraine dated after the application", fled(date("2022-03-20"))
                        .protectionInUkraine(YES).protectionInUkraineGrantedOn(date("2022-03-21")),
                        "protectionInUkraineGrantedOn", "validation.screening.afterApplication"),
                arguments("a protection date with the answer no", fled(date("2022-03-20")).protectionInUkraine(NO)
                        .protectionInUkraineGrantedOn(date("2020-01-01")), "protectionInUkraineGrantedOn",
                        "validation.screening.onlyWithYes"),
                arguments("residence expires before it starts", fled(date("2024-05-10"))
                        .legalResidence(date("2021-01-01"), date("2020-12-31")), "legalResidenceExpires",
                        "validation.screening.expiresBeforeStart"),
                arguments("residence starts after the application", fled(date("2024-05-10"))
                        .legalResidence(date("2024-05-11"), date("2025-05-11")), "legalResidenceFrom",
                        "validation.screening.afterApplication"),
                arguments("a residence date with the answer no", fled(date("2024-05-10")).legalResidenceInNorway(NO)
                        .legalResidenceExpires(date("2023-01-01")), "legalResidenceExpires",
                        "validation.screening.onlyWithYes"),
                arguments("days abroad disagree with the date of leaving", fled(date("2022-03-20"))
                        .leftUkraineOn(date("2022-02-14")).daysAbroadBeforeCutOff(5), "daysAbroadBeforeCutOff",
                        "validation.screening.daysDisagreeWithLeaving"),
                arguments("days abroad although she left after the cut-off", fled(date("2022-03-20"))
                        .daysAbroadBeforeCutOff(3), "daysAbroadBeforeCutOff",
                        "validation.screening.daysDisagreeWithLeaving"),
                arguments("negative days abroad", fled(date("2022-03-20")).leftUkraineOn(null)
                        .daysAbroadBeforeCutOff(-1), "daysAbroadBeforeCutOff", "validation.screening.negative"),
                arguments("protection ended after the application", fled(date("2024-08-01"))
                        .earlierProtectionEnded(YES).earlierProtectionEndedOn(date("2024-08-02")),
                        "earlierProtectionEndedOn", "validation.screening.afterApplication"),
                arguments("protection ended before it could exist", fled(date("2024-08-01"))
                        .earlierProtectionEnded(YES).earlierProtectionEndedOn(date("2022-02-01")),
                        "earlierProtectionEndedOn", "validation.screening.beforeCutOff"),
                arguments("an end date with the answer unknown", fled(date("2024-08-01"))
                        .earlierProtectionEnded(ScreeningAnswer.UNKNOWN).earlierProtectionEndedOn(date("2023-02-01")),
                        "earlierProtectionEndedOn", "validation.screening.onlyWithYes"),
                arguments("not a country code", fled(date("2022-03-20")).citizenships("UA", "XX"), "citizenships",
                        "validation.country.unknown")
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contradictions")
    void contradictory_facts_are_refused_naming_the_field_and_the_rule(String name, Builder facts, String field,
                                                                       String rule) {
        assertThatThrownBy(() -> ENGINE.screen(facts.build())).isInstanceOfSatisfying(ValidationException.class,
                refused -> org.assertj.core.api.Assertions.assertThat(refused.violations())
                        .extracting(Violation::field, Violation::ruleKey).contains(tuple(field, rule)));
    }
}
