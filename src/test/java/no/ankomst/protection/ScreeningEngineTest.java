package no.ankomst.protection;

import static no.ankomst.protection.EligibilityGround.FAMILY_MEMBER;
import static no.ankomst.protection.EligibilityGround.LEGAL_RESIDENCE_IN_NORWAY;
import static no.ankomst.protection.EligibilityGround.PROTECTION_IN_UKRAINE;
import static no.ankomst.protection.EligibilityGround.RESIDENT_IN_UKRAINE;
import static no.ankomst.protection.EligibilityGround.SHORT_STAY_ABROAD;
import static no.ankomst.protection.ScreeningAnswer.NO;
import static no.ankomst.protection.ScreeningAnswer.UNKNOWN;
import static no.ankomst.protection.ScreeningAnswer.YES;
import static no.ankomst.protection.ScreeningOutcome.INDIVIDUAL_ASSESSMENT;
import static no.ankomst.protection.ScreeningOutcome.INFORMATION_MISSING;
import static no.ankomst.protection.ScreeningOutcome.LIKELY_QUALIFIES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import no.ankomst.protection.ScreeningFacts.Builder;
import no.ankomst.protection.ScreeningFacts.FamilyLink;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every ground and every edge of the law as it stood on the application date, one row per case. */
class ScreeningEngineTest {

    private static final ScreeningEngine ENGINE = new ScreeningEngine(ProtectionRules.CURRENT_LAW);
    private static final LocalDate SPRING_2022 = date("2022-03-20");

    /** What a case must come to: outcome, ground, reason keys the advice gives (at least), missing facts (exactly). */
    record Expected(ScreeningOutcome outcome, @Nullable EligibilityGround ground, List<String> reasons,
                    List<String> missing) {
        @Override
        public String toString() {
            return outcome + (ground == null ? "" : " " + ground) + " " + reasons + (missing.isEmpty() ? "" : " missing " + missing);
        }
    }

    static Expected qualifies(EligibilityGround ground, String... reasons) {
        return new Expected(LIKELY_QUALIFIES, ground, List.of(reasons), List.of());
    }

    static Expected individual(String... reasons) {
        return new Expected(INDIVIDUAL_ASSESSMENT, null, List.of(reasons), List.of());
    }

    static Expected missing(String... facts) {
        return new Expected(INFORMATION_MISSING, null, List.of(), List.of(facts));
    }

    static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    /** A Ukrainian from Kharkiv who lived in Ukraine and fled on 5 March 2022; nothing else applies to her. */
    static Builder fled(LocalDate applied) {
        return ScreeningFacts.on(applied).citizenships("UA").birthDate(date("1985-04-12")).livedInUkraine(YES)
                .leftUkraineOn(date("2022-03-05")).legalResidenceInNorway(NO).protectionInUkraine(NO)
                .safeThirdCountryCitizen(NO).oblast(UkrainianOblast.KHARKIV).earlierProtectionEnded(NO);
    }

    /** A Ukrainian who lived in Ukraine, left on the given day, applied in spring 2022. */
    static Builder leftOn(String left) {
        return fled(SPRING_2022).leftUkraineOn(date(left));
    }

    /** A Ukrainian who had moved away from Ukraine (no ground of residence), with legal residence in Norway. */
    static Builder residentInNorway(LocalDate applied, @Nullable String from, @Nullable String expires) {
        return fled(applied).livedInUkraine(NO).leftUkraineOn(date("2019-08-01"))
                .legalResidence(from == null ? null : date(from), expires == null ? null : date(expires));
    }

    /** A Moroccan citizen who never lived in Ukraine: no ground of their own, only the family link can carry them. */
    static Builder relative(LocalDate applied, ScreeningRelation relation, ScreeningAnswer sameHousehold,
                            @Nullable ScreeningOutcome theirs) {
        return ScreeningFacts.on(applied).citizenships("MA").birthDate(date("1980-01-01")).livedInUkraine(NO)
                .legalResidenceInNorway(NO).protectionInUkraine(NO).safeThirdCountryCitizen(NO)
                .earlierProtectionEnded(NO).familyLink(new FamilyLink(relation, sameHousehold, theirs));
    }

    static Builder child(String born, LocalDate applied, ScreeningAnswer sameHousehold) {
        return relative(applied, ScreeningRelation.CHILD, sameHousehold, LIKELY_QUALIFIES).birthDate(date(born));
    }

    static Stream<Arguments> cases() {
        LocalDate may2024 = date("2024-05-10");
        return Stream.of(
                // --- lived in Ukraine: there on the cut-off, or abroad up to 90 days ---
                arguments("left on the cut-off day", leftOn("2022-02-24"),
                        qualifies(RESIDENT_IN_UKRAINE, "screening.reason.leftAfterCutOff")),
                arguments("left the day after the cut-off", leftOn("2022-02-25"), qualifies(RESIDENT_IN_UKRAINE)),
                arguments("left the day before the cut-off: 1 day abroad", leftOn("2022-02-23"),
                        qualifies(SHORT_STAY_ABROAD, "screening.reason.shortStayAbroad")),
                arguments("90 days abroad", leftOn("2021-11-26"), qualifies(SHORT_STAY_ABROAD)),
                arguments("91 days abroad", leftOn("2021-11-25"),
                        individual("screening.reason.noGround", "screening.reason.abroadTooLong")),
                arguments("90 days abroad, date of leaving not known", fled(SPRING_2022).leftUkraineOn(null)
                        .daysAbroadBeforeCutOff(90), qualifies(SHORT_STAY_ABROAD)),
                arguments("91 days abroad, date of leaving not known", fled(SPRING_2022).leftUkraineOn(null)
                        .daysAbroadBeforeCutOff(91), individual("screening.reason.abroadTooLong")),
                arguments("in Ukraine on the cut-off, date of leaving not known", fled(SPRING_2022).leftUkraineOn(null)
                        .daysAbroadBeforeCutOff(0), qualifies(RESIDENT_IN_UKRAINE, "screening.reason.inUkraineOnCutOff")),
                arguments("moved away 30 days before the cut-off: the flexibility is the residence ground",
                        leftOn("2022-01-25").livedInUkraine(NO),
                        qualifies(RESIDENT_IN_UKRAINE, "screening.reason.leftShortlyBefore")),
                arguments("moved away 31 days before the cut-off", leftOn("2022-01-24").livedInUkraine(NO),
                        individual("screening.reason.didNotLiveInUkraine")),
                arguments("a Polish citizen who lived in Ukraine", leftOn("2022-03-01")
                        .citizenships("PL"), individual("screening.reason.notUkrainian")),
                arguments("dual Ukrainian and Polish citizen before the safe-third-country rule",
                        leftOn("2022-03-01").citizenships("UA", "PL"), qualifies(RESIDENT_IN_UKRAINE)),

                // --- legal residence in Norway that runs out less than two months after the application ---
                arguments("residence expired long ago", residentInNorway(may2024, "2020-01-01", "2023-01-01"),
                        qualifies(LEGAL_RESIDENCE_IN_NORWAY, "screening.reason.residenceRunsOut")),
                arguments("residence expires two months less a day after applying",
                        residentInNorway(may2024, "2020-01-01", "2024-07-09"), qualifies(LEGAL_RESIDENCE_IN_NORWAY)),
                arguments("residence expires exactly two months after applying",
                        residentInNorway(may2024, "2020-01-01", "2024-07-10"),
                        individual("screening.reason.residenceStillValid")),
                arguments("two months from 31 Dec end on 28 Feb: the day before counts",
                        residentInNorway(date("2022-12-31"), "2021-06-01", "2023-02-27"),
                        qualifies(LEGAL_RESIDENCE_IN_NORWAY)),
                arguments("two months from 31 Dec end on 28 Feb: that day does not",
                        residentInNorway(date("2022-12-31"), "2021-06-01", "2023-02-28"),
                        individual("screening.reason.residenceStillValid")),
                arguments("residence from the day before the cut-off",
                        residentInNorway(may2024, "2022-02-23", "2024-05-01"), qualifies(LEGAL_RESIDENCE_IN_NORWAY)),
                arguments("residence from the cut-off day", residentInNorway(may2024, "2022-02-24", "2024-05-01"),
                        individual("screening.reason.residenceStartedAfterCutOff")),
                arguments("residence start not known", residentInNorway(may2024, null, "2024-05-01"),
                        qualifies(LEGAL_RESIDENCE_IN_NORWAY)),
                arguments("legal residence needs Ukrainian citizenship",
                        residentInNorway(may2024, "2020-01-01", "2023-01-01").citizenships("BY"),
                        individual("screening.reason.notUkrainian")),

                // --- protection granted in Ukraine before the cut-off, any nationality ---
                arguments("recognised refugee in Ukraine since 2019", relative(SPRING_2022, ScreeningRelation.OTHER,
                        NO, null).familyLink(null).citizenships("SY").oblast(UkrainianOblast.ODESA)
                        .protectionInUkraine(YES).protectionInUkraineGrantedOn(date("2019-05-01")),
                        qualifies(PROTECTION_IN_UKRAINE, "screening.reason.protectionInUkraine")),
                arguments("protection granted the day before the cut-off", fled(SPRING_2022).citizenships("AF")
                        .protectionInUkraine(YES).protectionInUkraineGrantedOn(date("2022-02-23")),
                        qualifies(PROTECTION_IN_UKRAINE)),
                arguments("stateless with protection in Ukraine", fled(SPRING_2022).citizenships(List.of())
                        .protectionInUkraine(YES).protectionInUkraineGrantedOn(date("2015-01-01")),
                        qualifies(PROTECTION_IN_UKRAINE)),

                // --- family of a qualifying person ---
                arguments("spouse of any nationality", relative(SPRING_2022, ScreeningRelation.SPOUSE, NO,
                        LIKELY_QUALIFIES), qualifies(FAMILY_MEMBER, "screening.reason.partner")),
                arguments("cohabitant, households unknown", relative(SPRING_2022, ScreeningRelation.COHABITANT,
                        UNKNOWN, LIKELY_QUALIFIES), qualifies(FAMILY_MEMBER, "screening.reason.partner")),
                arguments("spouse of someone who does not qualify", relative(SPRING_2022, ScreeningRelation.SPOUSE,
                        YES, INDIVIDUAL_ASSESSMENT), individual("screening.reason.relativeDoesNotQualify")),
                arguments("spouse of someone whose screening lacks facts", relative(SPRING_2022,
                        ScreeningRelation.SPOUSE, YES, INFORMATION_MISSING), missing("qualifyingPerson")),
                arguments("spouse of someone not screened", relative(SPRING_2022, ScreeningRelation.SPOUSE, YES,
                        null), missing("qualifyingPerson")),
                arguments("child turning 18 the day after applying", child("2006-05-11", may2024, NO),
                        qualifies(FAMILY_MEMBER, "screening.reason.minorChild")),
                arguments("child turning 18 on the day of applying", child("2006-05-10", may2024, NO),
                        individual("screening.reason.notSameHousehold")),
                arguments("child who turned 18 the day before applying", child("2006-05-09", may2024, NO),
                        individual("screening.reason.notSameHousehold")),
                arguments("adult child from the same household", child("2000-01-01", may2024, YES),
                        qualifies(FAMILY_MEMBER, "screening.reason.sameHousehold")),
                arguments("adult child, household not known", child("2000-01-01", may2024, UNKNOWN),
                        missing("sameHouseholdBeforeCutOff")),
                arguments("child without a date of birth, household not known", child("2010-01-01", may2024,
                        UNKNOWN).birthDate(null), missing("birthDate", "sameHouseholdBeforeCutOff")),
                arguments("child without a date of birth, another household", child("2010-01-01", may2024, NO)
                        .birthDate(null), missing("birthDate")),
                arguments("child without a date of birth from the same household", child("2010-01-01", may2024, YES)
                        .birthDate(null), qualifies(FAMILY_MEMBER, "screening.reason.sameHousehold")),
                arguments("parent from the same household", relative(may2024, ScreeningRelation.PARENT, YES,
                        LIKELY_QUALIFIES), qualifies(FAMILY_MEMBER)),
                arguments("grandparent from the same household", relative(may2024, ScreeningRelation.GRANDPARENT, YES,
                        LIKELY_QUALIFIES), qualifies(FAMILY_MEMBER)),
                arguments("sibling from another household", relative(may2024, ScreeningRelation.SIBLING, NO,
                        LIKELY_QUALIFIES), individual("screening.reason.notSameHousehold")),
                arguments("other relative from the same household", relative(may2024, ScreeningRelation.OTHER, YES,
                        LIKELY_QUALIFIES), qualifies(FAMILY_MEMBER)),
                arguments("other relative from another household", relative(may2024, ScreeningRelation.OTHER, NO,
                        LIKELY_QUALIFIES), individual("screening.reason.noGround", "screening.reason.notUkrainian",
                        "screening.reason.notSameHousehold")),

                // --- safe third country: no collective protection from 1 Mar 2024 ---
                arguments("Ukrainian and safe-third-country citizen, the day before the rule",
                        fled(date("2024-02-29")).safeThirdCountryCitizen(YES),
                        qualifies(RESIDENT_IN_UKRAINE, "screening.reason.safeThirdCountryNotYet")),
                arguments("Ukrainian and safe-third-country citizen, the day the rule starts",
                        fled(date("2024-03-01")).safeThirdCountryCitizen(YES),
                        individual("screening.reason.safeThirdCountry")),
                arguments("Ukrainian and safe-third-country citizen, the day after",
                        fled(date("2024-03-02")).safeThirdCountryCitizen(YES),
                        individual("screening.reason.safeThirdCountry")),
                arguments("third-country citizenship not known, the day before the rule",
                        fled(date("2024-02-29")).safeThirdCountryCitizen(UNKNOWN), qualifies(RESIDENT_IN_UKRAINE)),
                arguments("third-country answer not given, from the rule on: the known citizenships decide",
                        fled(date("2024-03-01")).safeThirdCountryCitizen(UNKNOWN), qualifies(RESIDENT_IN_UKRAINE)),
                arguments("citizenships and third-country answer not known, from the rule on",
                        fled(date("2024-03-01")).citizenships((List<String>) null).livedInUkraine(NO)
                                .leftUkraineOn(date("2019-01-01")).safeThirdCountryCitizen(UNKNOWN),
                        missing("citizenships", "safeThirdCountryCitizen")),
                arguments("a spouse of a holder, with a safe third country's citizenship, from the rule on: excepted",
                        relative(date("2024-03-01"), ScreeningRelation.SPOUSE, YES, LIKELY_QUALIFIES)
                                .citizenships("US"), qualifies(FAMILY_MEMBER,
                                        "screening.reason.safeThirdCountryFamilyException")),
                arguments("a spouse with a safe third country's citizenship of someone who does not qualify",
                        relative(date("2024-03-01"), ScreeningRelation.SPOUSE, YES, INDIVIDUAL_ASSESSMENT)
                                .citizenships("US"), individual("screening.reason.safeThirdCountry")),

                // --- protection that ended is not granted again from 1 Jul 2024 ---
                arguments("ended protection, the day before the rule", fled(date("2024-06-30"))
                        .earlierProtectionEnded(YES).earlierProtectionEndedOn(date("2023-05-01")),
                        qualifies(RESIDENT_IN_UKRAINE, "screening.reason.protectionEndedNotYet")),
                arguments("ended protection, the day the rule starts", fled(date("2024-07-01"))
                        .earlierProtectionEnded(YES).earlierProtectionEndedOn(date("2023-05-01")),
                        individual("screening.reason.protectionEnded")),
                arguments("ended protection, the day after", fled(date("2024-07-02"))
                        .earlierProtectionEnded(YES), individual("screening.reason.protectionEnded")),
                arguments("whether protection ended not known, from the rule on", fled(date("2024-07-01"))
                        .earlierProtectionEnded(UNKNOWN), missing("earlierProtectionEnded")),

                // --- safe oblasts go to individual processing from 27 Sep 2024 ---
                arguments("from Lviv, the day before the rule", fled(date("2024-09-26")).oblast(UkrainianOblast.LVIV),
                        qualifies(RESIDENT_IN_UKRAINE, "screening.reason.safeOblastNotYet")),
                arguments("from Lviv, the day the rule starts", fled(date("2024-09-27")).oblast(UkrainianOblast.LVIV),
                        individual("screening.reason.safeOblast")),
                arguments("from Volyn, the day after", fled(date("2024-09-28")).oblast(UkrainianOblast.VOLYN),
                        individual("screening.reason.safeOblast")),
                arguments("from Kharkiv, after the rule", fled(date("2024-09-28")), qualifies(RESIDENT_IN_UKRAINE)),
                arguments("oblast not known, the day before the rule", fled(date("2024-09-26")).oblast(null),
                        qualifies(RESIDENT_IN_UKRAINE)),
                arguments("oblast not known, from the rule on", fled(date("2024-09-27")).oblast(null),
                        missing("oblast")),
                arguments("from Rivne with protection in Ukraine, after the rule", fled(date("2024-10-01"))
                        .citizenships("IR").oblast(UkrainianOblast.RIVNE).protectionInUkraine(YES)
                        .protectionInUkraineGrantedOn(date("2018-01-01")), individual("screening.reason.safeOblast")),
                arguments("from Lviv but with legal residence in Norway: the oblast rule does not touch it",
                        residentInNorway(date("2024-10-01"), "2021-01-01", "2024-10-15").oblast(UkrainianOblast.LVIV),
                        qualifies(LEGAL_RESIDENCE_IN_NORWAY)),
                arguments("from Lviv and spouse of a qualifying person", fled(date("2024-10-01"))
                        .oblast(UkrainianOblast.LVIV).familyLink(new FamilyLink(ScreeningRelation.SPOUSE, YES,
                                LIKELY_QUALIFIES)), qualifies(FAMILY_MEMBER, "screening.reason.partner")),

                // --- information missing ---
                arguments("nothing known but the application", ScreeningFacts.on(SPRING_2022),
                        missing("citizenships", "protectionInUkraine")),
                arguments("nothing known, after all rule changes", ScreeningFacts.on(date("2025-01-06")),
                        missing("citizenships", "protectionInUkraine", "safeThirdCountryCitizen",
                                "earlierProtectionEnded")),
                arguments("whether she lived in Ukraine not known", fled(SPRING_2022).livedInUkraine(UNKNOWN),
                        missing("livedInUkraine")),
                arguments("lived in Ukraine, when she left not known", fled(SPRING_2022).leftUkraineOn(null),
                        missing("leftUkraineOn")),
                arguments("legal residence, expiry not known", residentInNorway(may2024, "2020-01-01", null),
                        missing("legalResidenceExpires")),
                arguments("protection in Ukraine, date not known", fled(SPRING_2022).livedInUkraine(NO)
                        .protectionInUkraine(YES), missing("protectionInUkraineGrantedOn")),
                arguments("one ground holds, another is unknown: it qualifies", fled(SPRING_2022)
                        .protectionInUkraine(UNKNOWN), qualifies(RESIDENT_IN_UKRAINE)),
                arguments("no ground holds, one is unknown: information missing", leftOn("2021-01-01")
                        .protectionInUkraine(UNKNOWN), missing("protectionInUkraine"))
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void each_case_comes_to_the_advice_the_law_gives_on_its_application_date(String name, Builder facts,
                                                                               Expected expected) {
        ScreeningAdvice advice = ENGINE.screen(facts.build());

        assertThat(advice.outcome()).as("outcome").isEqualTo(expected.outcome());
        assertThat(advice.ground()).as("ground").isEqualTo(expected.ground());
        assertThat(advice.reasonKeys()).as("reasons").containsAll(expected.reasons());
        assertThat(advice.missingFacts()).as("missing facts").containsExactlyElementsOf(expected.missing());
        if (advice.outcome() != INFORMATION_MISSING) {
            assertThat(advice.reasons()).as("an advice always says why").isNotEmpty();
        }
    }

    @Test
    void a_qualifying_advice_names_the_evidence_with_its_dates_and_numbers() {
        ScreeningAdvice advice = ENGINE.screen(leftOn("2021-12-25").build());

        assertThat(advice.reasons()).containsExactly(
                ScreeningReason.of("screening.reason.shortStayAbroad", 61, 90));
    }

    @Test
    void the_safe_oblast_reason_names_the_oblast_as_a_key_the_screen_translates() {
        ScreeningAdvice advice = ENGINE.screen(fled(date("2024-10-01")).oblast(UkrainianOblast.ZAKARPATTIA).build());

        assertThat(advice.reasons()).contains(ScreeningReason.of("screening.reason.safeOblast",
                new ScreeningReason.Key("oblast.ZAKARPATTIA"), date("2024-09-27")));
    }
}
