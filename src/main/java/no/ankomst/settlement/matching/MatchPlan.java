package no.ankomst.settlement.matching;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The solver's planning solution. Hard: a broken rule; medium: persons left without a proposal; soft: the
 * preference terms.
 */
@PlanningSolution
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
}
