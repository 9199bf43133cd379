package no.ankomst.protection;

import static no.ankomst.protection.ScreeningFacts.APPLICATION_DATE;
import static no.ankomst.protection.ScreeningFacts.BIRTH_DATE;
import static no.ankomst.protection.ScreeningFacts.CITIZENSHIPS;
import static no.ankomst.protection.ScreeningFacts.DAYS_ABROAD;
import static no.ankomst.protection.ScreeningFacts.LEFT_UKRAINE_ON;
import static no.ankomst.protection.ScreeningFacts.LEGAL_RESIDENCE_EXPIRES;
import static no.ankomst.protection.ScreeningFacts.LEGAL_RESIDENCE_FROM;
import static no.ankomst.protection.ScreeningFacts.PROTECTION_ENDED_ON;
import static no.ankomst.protection.ScreeningFacts.PROTECTION_GRANTED_ON;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;
import no.ankomst.base.Violations;
import org.jspecify.annotations.Nullable;

/**
 * Facts that contradict each other or the calendar. They are refused with the field and the rule named,
 * never turned into a quiet advice: a wrong date would otherwise give confident wrong advice.
 */
final class ScreeningFactsCheck {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private ScreeningFactsCheck() {
    }

    static void check(ScreeningFacts facts, ProtectionRules rules, Violations violations) {
        LocalDate applied = facts.applicationDate();
        LocalDate cutOff = rules.cutOff();
        violations.check(!applied.isBefore(cutOff), APPLICATION_DATE, "validation.screening.beforeCutOff", cutOff);
        if (facts.citizenships() != null) {
            facts.citizenships().stream().filter(code -> !COUNTRIES.contains(code)).forEach(code ->
                    violations.add(CITIZENSHIPS, "validation.country.unknown", code));
        }
        LocalDate born = facts.birthDate();
        violations.check(born == null || !born.isAfter(applied), BIRTH_DATE,
                "validation.screening.afterApplication", applied);

        LocalDate left = facts.leftUkraineOn();
        if (left != null) {
            violations.check(!left.isAfter(applied), LEFT_UKRAINE_ON, "validation.screening.afterApplication", applied);
            violations.check(born == null || !left.isBefore(born), LEFT_UKRAINE_ON, "validation.screening.beforeBirth");
        }
        Integer days = facts.daysAbroadBeforeCutOff();
        if (days != null) {
            violations.check(days >= 0, DAYS_ABROAD, "validation.screening.negative");
            if (left != null && days >= 0) {
                int fromLeaving = daysAbroadBeforeCutOff(left, cutOff);
                violations.check(days == fromLeaving, DAYS_ABROAD, "validation.screening.daysDisagreeWithLeaving",
                        fromLeaving);
            }
        }

        onlyWithYes(violations, facts.legalResidenceInNorway(), LEGAL_RESIDENCE_FROM, facts.legalResidenceFrom());
        onlyWithYes(violations, facts.legalResidenceInNorway(), LEGAL_RESIDENCE_EXPIRES, facts.legalResidenceExpires());
        LocalDate residenceFrom = facts.legalResidenceFrom();
        LocalDate residenceExpires = facts.legalResidenceExpires();
        if (residenceFrom != null) {
            violations.check(!residenceFrom.isAfter(applied), LEGAL_RESIDENCE_FROM,
                    "validation.screening.afterApplication", applied);
            violations.check(residenceExpires == null || !residenceExpires.isBefore(residenceFrom),
                    LEGAL_RESIDENCE_EXPIRES, "validation.screening.expiresBeforeStart", residenceFrom);
        }

        onlyWithYes(violations, facts.protectionInUkraine(), PROTECTION_GRANTED_ON,
                facts.protectionInUkraineGrantedOn());
        LocalDate granted = facts.protectionInUkraineGrantedOn();
        // protection granted after the invasion is possible (the engine advises individual assessment); a grant
        // after the application is not
        violations.check(granted == null || !granted.isAfter(applied), PROTECTION_GRANTED_ON,
                "validation.screening.afterApplication", applied);

        onlyWithYes(violations, facts.earlierProtectionEnded(), PROTECTION_ENDED_ON, facts.earlierProtectionEndedOn());
        LocalDate ended = facts.earlierProtectionEndedOn();
        if (ended != null) {
            violations.check(!ended.isAfter(applied), PROTECTION_ENDED_ON, "validation.screening.afterApplication",
                    applied);
            // collective protection in Norway only exists since the invasion, so it cannot have ended before it
            violations.check(!ended.isBefore(cutOff), PROTECTION_ENDED_ON, "validation.screening.beforeCutOff",
                    cutOff);
        }
    }

    /** Whole days from leaving until the cut-off; 0 for leaving on or after it. */
    static int daysAbroadBeforeCutOff(LocalDate left, LocalDate cutOff) {
        return left.isBefore(cutOff) ? (int) ChronoUnit.DAYS.between(left, cutOff) : 0;
    }

    /** A date that belongs to a "yes" given with any other answer contradicts it. */
    private static void onlyWithYes(Violations violations, ScreeningAnswer answer, String field,
                                    @Nullable LocalDate date) {
        violations.check(date == null || answer == ScreeningAnswer.YES, field, "validation.screening.onlyWithYes");
    }
}
