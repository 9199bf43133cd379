package no.ankomst.settlement.matching;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.domain.solution.cloner.SolutionCloner;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The solver's planning solution. Hard: a broken rule; medium: persons left without a proposal; soft: the
 * preference terms.
 */
@PlanningSolution(solutionCloner = MatchPlan.Cloner.class)
final class MatchPlan {

    @ProblemFactCollectionProperty
    private List<Place> places;
    @PlanningEntityCollectionProperty
    private List<HouseholdAssignment> assignments;
    @PlanningScore
    private @Nullable HardMediumSoftLongScore score;

    @SuppressWarnings("NullAway.Init")
    MatchPlan() {
        // for the solver's cloning
        this.places = List.of();
        this.assignments = List.of();
    }

    MatchPlan(List<Place> places, List<HouseholdAssignment> assignments) {
        this.places = places;
        this.assignments = assignments;
    }

    List<HouseholdAssignment> assignments() {
        return assignments;
    }

    @Nullable
    HardMediumSoftLongScore score() {
        return score;
    }

    /**
     * Copies the assignments only (the places and households are shared, never changed): the solver clones the
     * solution at every new best, thousands of times early in local search.
     */
    public static final class Cloner implements SolutionCloner<MatchPlan> {

        /** Instantiated by the solver (reflection, so public). */
        public Cloner() {
            // stateless
        }

        @Override
        public MatchPlan cloneSolution(MatchPlan original) {
            List<HouseholdAssignment> copies = new ArrayList<>(original.assignments.size());
            for (HouseholdAssignment assignment : original.assignments) {
                copies.add(assignment.copy());
            }
            MatchPlan clone = new MatchPlan(original.places, copies);
            clone.score = original.score;
            return clone;
        }
    }
}
