package no.ankomst.protection;

import static no.ankomst.protection.ScreeningFacts.PROTECTION_ENDED;
import static no.ankomst.protection.ScreeningFacts.SAFE_THIRD_COUNTRY;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import no.ankomst.protection.ScreeningReason.Key;

/**
 * The dated rules that exclude anyone, whatever their ground: citizenship of a safe third country and
 * collective protection that has ended. Split from {@link ScreeningEngine}, which weighs the grounds.
 *
 * <p>Safe third country: when the citizenships are known, the fact follows from them and the configured
 * list ({@link ProtectionRules#safeThirdCountries()}). A typed answer that disagrees is not dropped in
 * silence: the advice says so, and a "yes" on either side counts — a recorded citizenship on the list is
 * evidence, and a "yes" against the record may mean a citizenship not yet recorded; UDI decides. A family
 * member of a holder of collective protection is not excluded (the holder's own advice, "likely qualifies",
 * means the holder has no such citizenship).
 */
final class ScreeningExclusions {

    private ScreeningExclusions() {
    }

    /** Adds the exclusions in force on the application date, the facts they still need, and notes. */
    static void check(ScreeningFacts facts, ProtectionRules rules, List<ScreeningReason> exclusions,
                      Set<String> unknown, Collection<ScreeningReason> notes) {
        ScreeningAnswer safeThirdCountry = safeThirdCountryCitizen(facts, rules, notes);
        if (rules.safeThirdCountryRuleOn(facts.applicationDate())) {
            switch (safeThirdCountry) {
                case YES -> {
                    ScreeningFacts.FamilyLink link = facts.familyLink();
                    if (link != null && link.qualifyingPersonOutcome() == ScreeningOutcome.LIKELY_QUALIFIES) {
                        notes.add(ScreeningReason.of("screening.reason.safeThirdCountryFamilyException",
                                new Key("screening.relation." + link.relation().name())));
                    } else {
                        exclusions.add(ScreeningReason.of("screening.reason.safeThirdCountry",
                                rules.safeThirdCountryFrom()));
                    }
                }
                case UNKNOWN -> unknown.add(SAFE_THIRD_COUNTRY);
                case NO -> { }
            }
        } else if (safeThirdCountry == ScreeningAnswer.YES) {
            notes.add(ScreeningReason.of("screening.reason.safeThirdCountryNotYet", rules.safeThirdCountryFrom()));
        }
        ScreeningAnswer ended = facts.earlierProtectionEnded();
        if (rules.noRegrantRuleOn(facts.applicationDate())) {
            switch (ended) {
                case YES -> exclusions.add(ScreeningReason.of("screening.reason.protectionEnded",
                        rules.noRegrantFrom()));
                case UNKNOWN -> unknown.add(PROTECTION_ENDED);
                case NO -> { }
            }
        } else if (ended == ScreeningAnswer.YES) {
            notes.add(ScreeningReason.of("screening.reason.protectionEndedNotYet", rules.noRegrantFrom()));
        }
    }

    /** The fact as the screening uses it: from the citizenships when known, with a disagreeing answer noted. */
    static ScreeningAnswer safeThirdCountryCitizen(ScreeningFacts facts, ProtectionRules rules,
                                                   Collection<ScreeningReason> notes) {
        ScreeningAnswer typed = facts.safeThirdCountryCitizen();
        List<String> citizenships = facts.citizenships();
        if (citizenships == null) {
            return typed;
        }
        boolean listed = rules.holdsSafeThirdCountryCitizenship(citizenships);
        if (typed != ScreeningAnswer.UNKNOWN && (typed == ScreeningAnswer.YES) != listed) {
            notes.add(ScreeningReason.of(listed ? "screening.reason.safeThirdCountryAnswerNoButListed"
                    : "screening.reason.safeThirdCountryAnswerYesButNotListed"));
        }
        return listed || typed == ScreeningAnswer.YES ? ScreeningAnswer.YES : ScreeningAnswer.NO;
    }
}
