package no.ankomst.protection;

import static no.ankomst.protection.EligibilityGround.FAMILY_MEMBER;
import static no.ankomst.protection.EligibilityGround.LEGAL_RESIDENCE_IN_NORWAY;
import static no.ankomst.protection.EligibilityGround.RESIDENT_IN_UKRAINE;
import static no.ankomst.protection.ScreeningAnswer.NO;
import static no.ankomst.protection.ScreeningAnswer.UNKNOWN;
import static no.ankomst.protection.ScreeningAnswer.YES;
import static no.ankomst.protection.ScreeningEngineTest.date;
import static no.ankomst.protection.ScreeningEngineTest.fled;
import static no.ankomst.protection.ScreeningEngineTest.leftOn;
import static no.ankomst.protection.ScreeningEngineTest.relative;
import static no.ankomst.protection.ScreeningEngineTest.residentInNorway;
import static no.ankomst.protection.ScreeningOutcome.INDIVIDUAL_ASSESSMENT;
import static no.ankomst.protection.ScreeningOutcome.LIKELY_QUALIFIES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import no.ankomst.protection.ScreeningFacts.Builder;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The repairs of issue 8 to the screening: leaving shortly before the invasion is a ground, protection granted in
 * Ukraine after it is a fact (not a contradiction), the safe-third-country fact follows from the citizenships by a
 * configured list, and the two-month residence window at month ends and in leap years.
 */
class ScreeningLawChangesTest {

    private static final ProtectionRules LAW = ProtectionRules.CURRENT_LAW;
    private static final ScreeningEngine ENGINE = new ScreeningEngine(LAW);

    static Stream<Arguments> cases() {
        return Stream.of(
                // --- left shortly before the cut-off (window 30 days) ---
                arguments("moved away 1 day before", leftOn("2022-02-23").livedInUkraine(NO),
                        LIKELY_QUALIFIES, RESIDENT_IN_UKRAINE, List.of("screening.reason.leftShortlyBefore")),
                arguments("moved away 30 days before: the last day of the window", leftOn("2022-01-25")
                        .livedInUkraine(NO), LIKELY_QUALIFIES, RESIDENT_IN_UKRAINE,
                        List.of("screening.reason.leftShortlyBefore")),
                arguments("moved away 31 days before: outside the window", leftOn("2022-01-24").livedInUkraine(NO),
                        INDIVIDUAL_ASSESSMENT, null, List.of("screening.reason.didNotLiveInUkraine")),
                arguments("moved away shortly before, from Lviv after the safe-oblast rule", fled(date("2024-10-01"))
                        .livedInUkraine(NO).leftUkraineOn(date("2022-02-10")).oblast(UkrainianOblast.LVIV),
                        INDIVIDUAL_ASSESSMENT, null, List.of("screening.reason.safeOblast")),

                // --- protection granted in Ukraine on or after the cut-off ---
                arguments("protection in Ukraine granted the day before the cut-off", fled(date("2022-03-20"))
                        .livedInUkraine(NO).leftUkraineOn(date("2019-01-01")).protectionInUkraine(YES)
                        .protectionInUkraineGrantedOn(date("2022-02-23")), LIKELY_QUALIFIES,
                        EligibilityGround.PROTECTION_IN_UKRAINE, List.of("screening.reason.protectionInUkraine")),
                arguments("protection in Ukraine granted on the cut-off", fled(date("2022-03-20"))
                        .livedInUkraine(NO).leftUkraineOn(date("2019-01-01")).protectionInUkraine(YES)
                        .protectionInUkraineGrantedOn(date("2022-02-24")), INDIVIDUAL_ASSESSMENT, null,
                        List.of("screening.reason.noGround", "screening.reason.protectionInUkraineAfterCutOff")),
                arguments("protection in Ukraine granted after the cut-off, a non-Ukrainian", fled(date("2022-03-20"))
                        .citizenships("IR").protectionInUkraine(YES).protectionInUkraineGrantedOn(date("2022-03-01")),
                        INDIVIDUAL_ASSESSMENT, null, List.of("screening.reason.protectionInUkraineAfterCutOff")),
                arguments("protection granted after the cut-off, but a Ukrainian resident anyway",
                        fled(date("2022-03-20")).protectionInUkraine(YES)
                                .protectionInUkraineGrantedOn(date("2022-03-01")), LIKELY_QUALIFIES,
                        RESIDENT_IN_UKRAINE, List.of()),

                // --- safe third country from the citizenships, around 1 Mar 2024 ---
                arguments("Ukrainian and Hungarian, the day before the rule", fled(date("2024-02-29"))
                        .citizenships("UA", "HU").safeThirdCountryCitizen(UNKNOWN), LIKELY_QUALIFIES,
                        RESIDENT_IN_UKRAINE, List.of("screening.reason.safeThirdCountryNotYet")),
                arguments("Ukrainian and Hungarian, the day the rule starts", fled(date("2024-03-01"))
                        .citizenships("UA", "HU").safeThirdCountryCitizen(UNKNOWN), INDIVIDUAL_ASSESSMENT, null,
                        List.of("screening.reason.safeThirdCountry")),
                arguments("Ukrainian and Swedish, the day after", fled(date("2024-03-02"))
                        .citizenships("UA", "SE").safeThirdCountryCitizen(UNKNOWN), INDIVIDUAL_ASSESSMENT, null,
                        List.of("screening.reason.safeThirdCountry")),
                arguments("Ukrainian and American, answered no: the citizenship counts and the conflict is shown",
                        fled(date("2024-05-10")).citizenships("UA", "US").safeThirdCountryCitizen(NO),
                        INDIVIDUAL_ASSESSMENT, null, List.of("screening.reason.safeThirdCountry",
                                "screening.reason.safeThirdCountryAnswerNoButListed")),
                arguments("Ukrainian and Russian: Russia is not on the list, nothing missing", fled(date("2024-05-10"))
                        .citizenships("UA", "RU").safeThirdCountryCitizen(UNKNOWN), LIKELY_QUALIFIES,
                        RESIDENT_IN_UKRAINE, List.of()),
                arguments("Ukrainian and Belarusian", fled(date("2024-05-10")).citizenships("UA", "BY")
                        .safeThirdCountryCitizen(UNKNOWN), LIKELY_QUALIFIES, RESIDENT_IN_UKRAINE, List.of()),
                arguments("only Ukrainian but answered yes: the answer counts and the conflict is shown",
                        fled(date("2024-05-10")).safeThirdCountryCitizen(YES), INDIVIDUAL_ASSESSMENT, null,
                        List.of("screening.reason.safeThirdCountry",
                                "screening.reason.safeThirdCountryAnswerYesButNotListed")),
                arguments("citizenships not known, answered yes", fled(date("2024-05-10")).citizenships((List<String>) null)
                        .livedInUkraine(NO).leftUkraineOn(date("2019-01-01")).safeThirdCountryCitizen(YES),
                        INDIVIDUAL_ASSESSMENT, null, List.of("screening.reason.safeThirdCountry")),
                arguments("the spouse, a Canadian, of a holder without such citizenship: excepted",
                        relative(date("2024-05-10"), ScreeningRelation.SPOUSE, YES, LIKELY_QUALIFIES)
                                .citizenships("CA").safeThirdCountryCitizen(UNKNOWN), LIKELY_QUALIFIES, FAMILY_MEMBER,
                        List.of("screening.reason.partner", "screening.reason.safeThirdCountryFamilyException")),

                // --- legal residence: expires less than two months after the application (plusMonths) ---
                arguments("applied 29 Feb 2024, expires 28 Apr", residentInNorway(date("2024-02-29"), "2021-01-01",
                        "2024-04-28"), LIKELY_QUALIFIES, LEGAL_RESIDENCE_IN_NORWAY, List.of()),
                arguments("applied 29 Feb 2024, expires 29 Apr: exactly two months", residentInNorway(
                        date("2024-02-29"), "2021-01-01", "2024-04-29"), INDIVIDUAL_ASSESSMENT, null,
                        List.of("screening.reason.residenceStillValid")),
                arguments("applied 29 Feb 2024, expires 30 Apr", residentInNorway(date("2024-02-29"), "2021-01-01",
                        "2024-04-30"), INDIVIDUAL_ASSESSMENT, null, List.of("screening.reason.residenceStillValid")),
                arguments("applied 31 Dec 2023, expires 28 Feb 2024: the leap year's 29th is the limit",
                        residentInNorway(date("2023-12-31"), "2021-01-01", "2024-02-28"), LIKELY_QUALIFIES,
                        LEGAL_RESIDENCE_IN_NORWAY, List.of()),
                arguments("applied 31 Dec 2023, expires 29 Feb 2024", residentInNorway(date("2023-12-31"),
                        "2021-01-01", "2024-02-29"), INDIVIDUAL_ASSESSMENT, null,
                        List.of("screening.reason.residenceStillValid")),
                arguments("applied 30 Apr 2024, expires 29 Jun", residentInNorway(date("2024-04-30"), "2021-01-01",
                        "2024-06-29"), LIKELY_QUALIFIES, LEGAL_RESIDENCE_IN_NORWAY, List.of()),
                arguments("applied 30 Apr 2024, expires 30 Jun", residentInNorway(date("2024-04-30"), "2021-01-01",
                        "2024-06-30"), INDIVIDUAL_ASSESSMENT, null, List.of("screening.reason.residenceStillValid")),
                arguments("residence from the day before the cut-off", residentInNorway(date("2024-05-10"),
                        "2022-02-23", "2024-06-01"), LIKELY_QUALIFIES, LEGAL_RESIDENCE_IN_NORWAY, List.of()),
                arguments("residence from the cut-off", residentInNorway(date("2024-05-10"), "2022-02-24",
                        "2024-06-01"), INDIVIDUAL_ASSESSMENT, null,
                        List.of("screening.reason.residenceStartedAfterCutOff"))
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void each_repaired_rule_gives_the_advice_the_law_gives(String name, Builder facts, ScreeningOutcome outcome,
                                                           @Nullable EligibilityGround ground, List<String> reasons) {
        ScreeningAdvice advice = ENGINE.screen(facts.build());

        assertThat(advice.outcome()).as(name).isEqualTo(outcome);
        assertThat(advice.ground()).as(name).isEqualTo(ground);
        assertThat(advice.reasonKeys()).as(name).containsAll(reasons);
        assertThat(advice.missingFacts()).as(name).isEmpty();
    }

    @ParameterizedTest(name = "applied {0}: residence counts if it expires before {1}")
    @CsvSource({
        "2024-02-29, 2024-04-29",
        "2023-12-31, 2024-02-29",
        "2024-12-31, 2025-02-28",
        "2024-12-30, 2025-02-28",
        "2025-01-31, 2025-03-31",
        "2024-04-30, 2024-06-30",
        "2022-02-24, 2022-04-24",
    })
    void the_two_month_window_ends_on_the_same_day_of_the_month_or_the_months_last_day(LocalDate applied,
                                                                                        LocalDate limit) {
        assertThat(LAW.legalResidenceLimit(applied)).isEqualTo(limit);
    }

    @Test
    void the_window_for_leaving_shortly_before_is_configuration() {
        ScreeningFacts elevenDays = leftOn("2022-02-13").livedInUkraine(NO).build();

        assertThat(ENGINE.screen(elevenDays).outcome()).isEqualTo(LIKELY_QUALIFIES);
        assertThat(new ScreeningEngine(withSafeCountries(LAW.safeThirdCountries(), 10)).screen(elevenDays).outcome())
                .isEqualTo(INDIVIDUAL_ASSESSMENT);
    }

    @Test
    void the_safe_third_country_list_is_configuration() {
        ScreeningFacts swedish = fled(date("2024-05-10")).citizenships("UA", "SE").safeThirdCountryCitizen(UNKNOWN)
                .build();

        assertThat(ENGINE.screen(swedish).outcome()).isEqualTo(INDIVIDUAL_ASSESSMENT);
        assertThat(new ScreeningEngine(withSafeCountries(Set.of("US"), 30)).screen(swedish).outcome())
                .isEqualTo(LIKELY_QUALIFIES);
    }

    @Test
    void the_default_list_names_the_countries_domain_names_and_not_russia_or_belarus() {
        assertThat(LAW.safeThirdCountries()).contains("HU", "SE", "US", "PL", "DE", "GB", "CA", "CH", "AU", "NZ", "JP")
                .doesNotContain("RU", "BY", "UA", "NO");
        assertThatIllegalArgumentException().isThrownBy(() -> withSafeCountries(Set.of("XX"), 30));
        assertThatIllegalArgumentException().isThrownBy(() -> withSafeCountries(Set.of("se"), 30));
    }

    @ParameterizedTest(name = "renewal from {0}, citizenships {1}, holders in the household {2}: barred {3}")
    @CsvSource(delimiter = ';', value = {
        "2024-02-29; UA,SE; ;      false", // the day before the rule
        "2024-03-01; UA,SE; ;      true",
        "2024-03-02; UA,SE; ;      true",
        "2024-03-01; UA;    ;      false",
        "2024-03-01; UA,RU; ;      false",
        "2024-03-01; UA,SE; UA;    false", // family of a holder without such citizenship
        "2024-03-01; UA,SE; UA,PL; true",  // the holder has one too
    })
    void the_safe_third_country_rule_bars_renewals_from_its_day(LocalDate start, String citizenships,
                                                                @Nullable String holder, boolean barred) {
        List<List<String>> holders = holder == null ? List.of() : List.of(List.of(holder.split(",")));

        assertThat(LAW.barsRenewal(start, List.of(citizenships.split(",")), holders)).isEqualTo(barred);
    }

    private static ProtectionRules withSafeCountries(Set<String> countries, int leftShortlyBeforeDays) {
        return new ProtectionRules(LAW.cutOff(), LAW.holidayMaxDays(), LAW.legalResidenceMonths(),
                leftShortlyBeforeDays, LAW.childUnderAge(), LAW.safeThirdCountryFrom(), LAW.noRegrantFrom(),
                LAW.safeOblastsFrom(), LAW.safeOblasts(), countries);
    }
}
