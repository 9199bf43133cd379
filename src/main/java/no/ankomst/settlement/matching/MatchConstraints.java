package no.ankomst.settlement.matching;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import java.util.ArrayList;
import java.util.List;
import no.ankomst.settlement.matching.MatchHousehold.SizeClass;

/**
 * The solver's score: the hard rules, persons left unassigned (medium), and one soft constraint per
 * {@link PreferenceTerm}, each scored by the term itself so the solver and the explanation cannot disagree.
 */
public final class MatchConstraints implements ConstraintProvider {

    static final HardMediumSoftLongScore HARD = HardMediumSoftLongScore.ONE_HARD;

    /** Instantiated by the solver (reflection, so public); not for use elsewhere. */
    public MatchConstraints() {
        // stateless
    }

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        List<Constraint> constraints = new ArrayList<>();
        constraints.add(personsCapacity(factory));
        constraints.add(minorsCapacity(factory));
        constraints.add(fittingDwellings(factory));
        constraints.add(onlyCandidates(factory));
        constraints.add(unassigned(factory));
        for (PreferenceTerm term : PreferenceTerm.values()) {
            if (term.pairwise()) {
                constraints.add(factory.forEach(HouseholdAssignment.class)
                        .impact(HardMediumSoftLongScore.ONE_SOFT, assignment -> assignment.weighted(term))
                        .asConstraint(term.name()));
            }
        }
        constraints.add(spread(factory, SizeClass.SINGLE));
        constraints.add(spread(factory, SizeClass.LARGE));
        return constraints.toArray(Constraint[]::new);
    }

    /** Persons placed in a municipality stay within its remaining number (minors have their own places). */
    private Constraint personsCapacity(ConstraintFactory factory) {
        return factory.forEach(HouseholdAssignment.class)
                .filter(assignment -> !assignment.minor())
                .groupBy(HouseholdAssignment::getPlace, sum(HouseholdAssignment::size))
                .filter((place, persons) -> persons > place.municipality.remainingPersons())
                .penalizeLong(HARD, (place, persons) -> persons - place.municipality.remainingPersons())
                .asConstraint("persons capacity");
    }

    /** Unaccompanied minors only where minors' places remain, within their number. */
    private Constraint minorsCapacity(ConstraintFactory factory) {
        return factory.forEach(HouseholdAssignment.class)
                .filter(HouseholdAssignment::minor)
                .groupBy(HouseholdAssignment::getPlace, sum(HouseholdAssignment::size))
                .filter((place, minors) -> minors > place.municipality.remainingMinorPlaces())
                .penalizeLong(HARD, (place, minors) -> minors - place.municipality.remainingMinorPlaces())
                .asConstraint("minors capacity");
    }

    /** Every household placed in a municipality gets its own dwelling there that fits. */
    private Constraint fittingDwellings(ConstraintFactory factory) {
        return factory.forEach(HouseholdAssignment.class)
                .groupBy(HouseholdAssignment::getPlace, new Dwellings.Demand())
                .filter((place, unhoused) -> unhoused > 0)
                .penalize(HARD, (place, unhoused) -> unhoused)
                .asConstraint("fitting dwelling");
    }

    /** Never a municipality outside the household's candidates (declined, no room, no fitting dwelling). */
    private Constraint onlyCandidates(ConstraintFactory factory) {
        return factory.forEach(HouseholdAssignment.class)
                .filter(assignment -> !assignment.allowedAt(assignment.getPlace()))
                .penalize(HARD)
                .asConstraint("candidate municipality");
    }

    /** Persons left without a proposal. */
    private Constraint unassigned(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(HouseholdAssignment.class)
                .filter(assignment -> assignment.getPlace() == null)
                .penalize(HardMediumSoftLongScore.ONE_MEDIUM, HouseholdAssignment::size)
                .asConstraint("unassigned persons");
    }

    /** {@link PreferenceTerm#SIZE_SPREAD}: the crowding of one size class per municipality. */
    private Constraint spread(ConstraintFactory factory, SizeClass sizeClass) {
        return factory.forEach(HouseholdAssignment.class)
                .filter(assignment -> assignment.sizeClass() == sizeClass)
                .groupBy(HouseholdAssignment::getPlace, count())
                .filter((place, households) -> households > place.allowance(sizeClass))
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT,
                        (place, households) -> place.weightedCrowding(sizeClass, households))
                .asConstraint(PreferenceTerm.SIZE_SPREAD.name() + " " + sizeClass);
    }
}
