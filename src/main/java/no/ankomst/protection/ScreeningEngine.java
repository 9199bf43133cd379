package no.ankomst.protection;

import static no.ankomst.protection.ScreeningFacts.BIRTH_DATE;
import static no.ankomst.protection.ScreeningFacts.CITIZENSHIPS;
import static no.ankomst.protection.ScreeningFacts.LEFT_UKRAINE_ON;
import static no.ankomst.protection.ScreeningFacts.LEGAL_RESIDENCE;
import static no.ankomst.protection.ScreeningFacts.LEGAL_RESIDENCE_EXPIRES;
import static no.ankomst.protection.ScreeningFacts.LIVED_IN_UKRAINE;
import static no.ankomst.protection.ScreeningFacts.OBLAST;
import static no.ankomst.protection.ScreeningFacts.PROTECTION_GRANTED_ON;
import static no.ankomst.protection.ScreeningFacts.PROTECTION_IN_UKRAINE;
import static no.ankomst.protection.ScreeningFacts.QUALIFYING_PERSON;
import static no.ankomst.protection.ScreeningFacts.SAME_HOUSEHOLD;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import no.ankomst.base.ValidationException;
import no.ankomst.base.Violations;
import no.ankomst.protection.ScreeningFacts.FamilyLink;
import no.ankomst.protection.ScreeningReason.Key;
import org.jspecify.annotations.Nullable;

/**
 * Screens facts against the law on temporary collective protection as it stood on the application date.
 * Plain Java: the rules come in as {@link ProtectionRules}, the facts as {@link ScreeningFacts}.
 *
 * <p>How it decides, in this order:
 * <ol>
 *   <li>Contradictory facts are refused ({@link ValidationException}).</li>
 *   <li>Rules that exclude anyone, whatever their ground, when in force on the application date: citizenship of a
 *       safe third country (from 1 Mar 2024), collective protection that has ended (from 1 Jul 2024). A known
 *       "yes" means individual assessment.</li>
 *   <li>Each ground is judged: it holds, it does not, or facts it needs are unknown. The safe-oblast rule (from
 *       27 Sep 2024) is part of the grounds that rest on having lived in Ukraine (residence, short stay abroad,
 *       protection granted in Ukraine); not of legal residence in Norway, whose holders lived here, nor of the
 *       family ground, which follows the qualifying person's own advice (their oblast was judged there).</li>
 *   <li>A ground holds: likely qualifies — unless a dated exclusion's fact is still unknown, then information is
 *       missing. No ground holds but some are undecided: information missing, naming the facts. Otherwise:
 *       individual assessment, with why each ground failed.</li>
 * </ol>
 */
public final class ScreeningEngine {

    private static final String UKRAINE = "UA";

    private final ProtectionRules rules;

    public ScreeningEngine(ProtectionRules rules) {
        this.rules = rules;
    }

    public ProtectionRules rules() {
        return rules;
    }

    /** @throws ValidationException naming each contradictory fact and the rule it breaks */
    public ScreeningAdvice screen(ScreeningFacts facts) {
        Violations violations = new Violations();
        ScreeningFactsCheck.check(facts, rules, violations);
        violations.throwIfAny();
        return new Screening(facts).advice();
    }

    /** What one ground came to: it holds, or it fails (with reasons), or these facts would decide it. */
    private record Judgement(@Nullable EligibilityGround ground, List<ScreeningReason> reasons, List<String> missing) {

        static Judgement holds(EligibilityGround ground, ScreeningReason... reasons) {
            return new Judgement(ground, List.of(reasons), List.of());
        }

        static Judgement fails(ScreeningReason... reasons) {
            return new Judgement(null, List.of(reasons), List.of());
        }

        static Judgement unknown(String... facts) {
            return new Judgement(null, List.of(), List.of(facts));
        }

        boolean held() {
            return ground != null;
        }

        boolean undecided() {
            return !missing.isEmpty();
        }
    }

    /** One screening's working state. */
    private final class Screening {

        private final ScreeningFacts facts;
        private final LocalDate applied;
        /** Reasons that hold whatever the outcome, e.g. that a later rule did not yet apply. */
        private final Set<ScreeningReason> notes = new LinkedHashSet<>(4);

        Screening(ScreeningFacts facts) {
            this.facts = facts;
            this.applied = facts.applicationDate();
        }

        ScreeningAdvice advice() {
            List<ScreeningReason> exclusions = new ArrayList<>(2);
            Set<String> exclusionsUnknown = new LinkedHashSet<>();
            ScreeningExclusions.check(facts, rules, exclusions, exclusionsUnknown, notes);
            if (!exclusions.isEmpty()) {
                exclusions.addAll(notes); // e.g. a typed answer the citizenships contradict
                return new ScreeningAdvice(ScreeningOutcome.INDIVIDUAL_ASSESSMENT, null, exclusions, List.of());
            }
            List<Judgement> judgements = List.of(livedInUkraine(), legalResidenceInNorway(), protectionInUkraine(),
                    familyMember());

            List<ScreeningReason> reasons = new ArrayList<>();
            EligibilityGround ground = null;
            for (Judgement judgement : judgements) {
                if (judgement.held()) {
                    ground = ground == null ? judgement.ground() : ground;
                    reasons.addAll(judgement.reasons());
                }
            }
            if (ground != null) {
                reasons.addAll(notes);
                if (!exclusionsUnknown.isEmpty()) {
                    reasons.add(ScreeningReason.of("screening.reason.exclusionUnknown"));
                    return new ScreeningAdvice(ScreeningOutcome.INFORMATION_MISSING, null, reasons,
                            List.copyOf(exclusionsUnknown));
                }
                return new ScreeningAdvice(ScreeningOutcome.LIKELY_QUALIFIES, ground, reasons, List.of());
            }
            Set<String> missing = new LinkedHashSet<>();
            judgements.stream().filter(Judgement::undecided).forEach(j -> missing.addAll(j.missing()));
            judgements.forEach(j -> reasons.addAll(j.reasons()));
            reasons.addAll(notes);
            if (!missing.isEmpty()) {
                missing.addAll(exclusionsUnknown);
                return new ScreeningAdvice(ScreeningOutcome.INFORMATION_MISSING, null, reasons, List.copyOf(missing));
            }
            reasons.addFirst(ScreeningReason.of("screening.reason.noGround"));
            return new ScreeningAdvice(ScreeningOutcome.INDIVIDUAL_ASSESSMENT, null, reasons, List.of());
        }

        /** Ukrainian citizen who lived in Ukraine: there on the cut-off, or briefly abroad. */
        private Judgement livedInUkraine() {
            if (facts.citizenships() == null) {
                return Judgement.unknown(CITIZENSHIPS);
            }
            if (!facts.isUkrainian()) {
                return Judgement.fails(ScreeningReason.of("screening.reason.notUkrainian"));
            }
            LocalDate left = facts.leftUkraineOn();
            LocalDate cutOff = rules.cutOff();
            return switch (facts.livedInUkraine()) {
                case UNKNOWN -> Judgement.unknown(LIVED_IN_UKRAINE);
                // the seed's "some flexibility for those who left shortly before": within the window it is the
                // residence ground itself, not a pointer to individual assessment
                case NO -> left != null && left.isBefore(cutOff)
                        && ScreeningFactsCheck.daysAbroadBeforeCutOff(left, cutOff) <= rules.leftShortlyBeforeDays()
                        ? fromUkraine(Judgement.holds(EligibilityGround.RESIDENT_IN_UKRAINE,
                                ScreeningReason.of("screening.reason.leftShortlyBefore", left,
                                        ScreeningFactsCheck.daysAbroadBeforeCutOff(left, cutOff),
                                        rules.leftShortlyBeforeDays())))
                        : Judgement.fails(ScreeningReason.of("screening.reason.didNotLiveInUkraine"));
                case YES -> {
                    Integer abroad = left != null ? Integer.valueOf(ScreeningFactsCheck.daysAbroadBeforeCutOff(left,
                            cutOff)) : facts.daysAbroadBeforeCutOff();
                    if (abroad == null) {
                        yield Judgement.unknown(LEFT_UKRAINE_ON);
                    }
                    if (abroad == 0) {
                        yield fromUkraine(Judgement.holds(EligibilityGround.RESIDENT_IN_UKRAINE,
                                left == null ? ScreeningReason.of("screening.reason.inUkraineOnCutOff", cutOff)
                                        : ScreeningReason.of("screening.reason.leftAfterCutOff", left, cutOff)));
                    }
                    if (abroad <= rules.holidayMaxDays()) {
                        yield fromUkraine(Judgement.holds(EligibilityGround.SHORT_STAY_ABROAD,
                                ScreeningReason.of("screening.reason.shortStayAbroad", abroad, rules.holidayMaxDays())));
                    }
                    yield Judgement.fails(ScreeningReason.of("screening.reason.abroadTooLong", abroad,
                            rules.holidayMaxDays()));
                }
            };
        }

        /** Ukrainian citizen with legal residence here from before the cut-off that runs out soon. */
        private Judgement legalResidenceInNorway() {
            if (facts.citizenships() == null) {
                return Judgement.unknown(CITIZENSHIPS);
            }
            if (!facts.isUkrainian()) {
                // the citizenship reason is given once, by the residence ground
                return Judgement.fails();
            }
            return switch (facts.legalResidenceInNorway()) {
                case UNKNOWN -> Judgement.unknown(LEGAL_RESIDENCE);
                case NO -> Judgement.fails();
                case YES -> {
                    LocalDate from = facts.legalResidenceFrom();
                    LocalDate expires = facts.legalResidenceExpires();
                    if (from != null && !from.isBefore(rules.cutOff())) {
                        yield Judgement.fails(ScreeningReason.of("screening.reason.residenceStartedAfterCutOff", from,
                                rules.cutOff()));
                    }
                    if (expires == null) {
                        yield Judgement.unknown(LEGAL_RESIDENCE_EXPIRES);
                    }
                    LocalDate limit = rules.legalResidenceLimit(applied);
                    yield expires.isBefore(limit)
                            ? Judgement.holds(EligibilityGround.LEGAL_RESIDENCE_IN_NORWAY,
                                    ScreeningReason.of("screening.reason.residenceRunsOut", expires, limit))
                            : Judgement.fails(ScreeningReason.of("screening.reason.residenceStillValid", expires, limit));
                }
            };
        }

        /** Any nationality: granted protection in Ukraine before the cut-off. */
        private Judgement protectionInUkraine() {
            return switch (facts.protectionInUkraine()) {
                case UNKNOWN -> Judgement.unknown(PROTECTION_IN_UKRAINE);
                case NO -> Judgement.fails();
                case YES -> {
                    LocalDate granted = facts.protectionInUkraineGrantedOn();
                    if (granted == null) {
                        yield Judgement.unknown(PROTECTION_GRANTED_ON);
                    }
                    // granted after the invasion is a true fact, only not this ground: UDI assesses it individually
                    yield granted.isBefore(rules.cutOff())
                            ? fromUkraine(Judgement.holds(EligibilityGround.PROTECTION_IN_UKRAINE,
                                    ScreeningReason.of("screening.reason.protectionInUkraine", granted)))
                            : Judgement.fails(ScreeningReason.of("screening.reason.protectionInUkraineAfterCutOff",
                                    granted, rules.cutOff()));
                }
            };
        }

        /** The safe-oblast rule on a ground that rests on having lived in Ukraine. */
        private Judgement fromUkraine(Judgement holding) {
            UkrainianOblast oblast = facts.oblast();
            boolean safe = oblast != null && rules.safeOblasts().contains(oblast);
            if (!rules.safeOblastRuleOn(applied)) {
                if (safe) {
                    notes.add(ScreeningReason.of("screening.reason.safeOblastNotYet", new Key(oblast.i18nKey()),
                            rules.safeOblastsFrom()));
                }
                return holding;
            }
            if (oblast == null) {
                return Judgement.unknown(OBLAST);
            }
            return safe ? Judgement.fails(ScreeningReason.of("screening.reason.safeOblast", new Key(oblast.i18nKey()),
                    rules.safeOblastsFrom())) : holding;
        }

        /** Close family of a person who qualifies. */
        private Judgement familyMember() {
            FamilyLink link = facts.familyLink();
            if (link == null) {
                return Judgement.fails();
            }
            ScreeningOutcome theirs = link.qualifyingPersonOutcome();
            if (theirs == null || theirs == ScreeningOutcome.INFORMATION_MISSING) {
                return Judgement.unknown(QUALIFYING_PERSON);
            }
            Key relation = new Key("screening.relation." + link.relation().name());
            if (theirs == ScreeningOutcome.INDIVIDUAL_ASSESSMENT) {
                return Judgement.fails(ScreeningReason.of("screening.reason.relativeDoesNotQualify", relation));
            }
            if (link.relation().isPartner()) {
                return Judgement.holds(EligibilityGround.FAMILY_MEMBER,
                        ScreeningReason.of("screening.reason.partner", relation));
            }
            // a child's age decides unless the shared household carries them anyway
            boolean child = link.relation() == ScreeningRelation.CHILD;
            LocalDate born = facts.birthDate();
            if (child && born != null) {
                int age = Period.between(born, applied).getYears();
                if (age < rules.childUnderAge()) {
                    return Judgement.holds(EligibilityGround.FAMILY_MEMBER,
                            ScreeningReason.of("screening.reason.minorChild", age, rules.childUnderAge()));
                }
            }
            boolean ageUnknown = child && born == null;
            // adult children and other relatives: only if they lived together before the cut-off
            return switch (link.sameHouseholdBeforeCutOff()) {
                case YES -> Judgement.holds(EligibilityGround.FAMILY_MEMBER,
                        ScreeningReason.of("screening.reason.sameHousehold", relation, rules.cutOff()));
                case NO -> ageUnknown ? Judgement.unknown(BIRTH_DATE) : Judgement.fails(
                        ScreeningReason.of("screening.reason.notSameHousehold", relation, rules.cutOff()));
                case UNKNOWN -> ageUnknown ? Judgement.unknown(BIRTH_DATE, SAME_HOUSEHOLD)
                        : Judgement.unknown(SAME_HOUSEHOLD);
            };
        }
    }
}
