package no.ankomst.settlement.matching;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The matching: households to municipalities and dwellings with Timefold Solver (construction, then local
 * search), never breaking a hard rule, scored by the {@link PreferenceTerm}s.
 *
 * <p>Before solving, each household's candidates are restricted to the municipalities the hard rules allow on
 * their own (not declined, places of its kind for all of it, a dwelling that fits), and of those to the
 * {@value #PREFERRED} best by preference plus {@value #OTHERS} others drawn at random (so a household can still
 * move when its preferred ones fill up). Without that, construction over 10,000 × 357 took more than 3 s.
 */
public final class Matching {

    /** Candidates per household chosen by preference. */
    static final int PREFERRED = 24;
    /** Further candidates per household drawn at random from the rest it fits. */
    static final int OTHERS = 8;

    private Matching() {
    }

    /**
     * Proposes a municipality and dwelling for each household, or none with the reason; stops at {@code timeLimit}
     * (everything included) or earlier when the solution stops improving.
     */
    public static MatchResult solve(MatchInput input, Duration timeLimit) {
        long start = System.nanoTime();
        MatchProblem problem = MatchProblem.of(input);
        List<HouseholdAssignment> assignments = new ArrayList<>();
        for (MatchHousehold household : input.households()) {
            List<Place> feasible = problem.feasible(household);
            if (!feasible.isEmpty()) {
                assignments.add(new HouseholdAssignment(household, problem.weights,
                        candidates(problem, household, feasible)));
            }
        }
        AtomicLong firstFeasible = new AtomicLong(-1);
        Map<Long, Place> placement = new HashMap<>();
        if (!assignments.isEmpty()) {
            long prepared = System.nanoTime() - start;
            // a tenth of the time for the explanations afterwards
            long solverMillis = Math.max(200, timeLimit.toMillis() * 9 / 10 - prepared / 1_000_000);
            SolverConfig config = new SolverConfig()
                    .withSolutionClass(MatchPlan.class)
                    .withEntityClasses(HouseholdAssignment.class)
                    .withConstraintProviderClass(MatchConstraints.class)
                    .withTerminationConfig(new TerminationConfig()
                            .withSpentLimit(Duration.ofMillis(solverMillis))
                            .withUnimprovedSpentLimit(Duration.ofMillis(Math.max(200, solverMillis / 5))));
            Solver<MatchPlan> solver = SolverFactory.<MatchPlan>create(config).buildSolver();
            solver.addEventListener(event -> {
                if (firstFeasible.get() < 0 && event.isNewBestSolutionInitialized()
                        && event.getNewBestScore().isFeasible()) {
                    firstFeasible.set(System.nanoTime() - start);
                }
            });
            MatchPlan best = solver.solve(new MatchPlan(problem.places, assignments));
            HardMediumSoftLongScore score = best.score();
            if (firstFeasible.get() < 0 && score != null && score.isFeasible()) {
                firstFeasible.set(System.nanoTime() - start);
            }
            for (HouseholdAssignment assignment : best.assignments()) {
                Place place = assignment.getPlace();
                if (place != null) {
                    placement.put(assignment.household().id(), place);
                }
            }
        }
        List<Proposal> proposals = Proposals.of(problem, placement, null);
        MatchScore score = MatchScore.of(input, proposals);
        long elapsed = System.nanoTime() - start;
        return new MatchResult(proposals, score, Duration.ofNanos(firstFeasible.get() < 0 ? elapsed
                : firstFeasible.get()), Duration.ofNanos(elapsed));
    }

    /** The household's value range: the best by preference, and some others at random. */
    static List<Place> candidates(MatchProblem problem, MatchHousehold household, List<Place> feasible) {
        if (feasible.size() <= PREFERRED + OTHERS) {
            return feasible;
        }
        List<Place> ranked = new ArrayList<>(feasible);
        Map<Place, Long> scores = new HashMap<>();
        ranked.forEach(place -> scores.put(place, problem.pairwiseScore(household, place)));
        ranked.sort(Comparator.comparingLong((Place place) -> scores.get(place)).reversed()
                .thenComparingInt(place -> place.index));
        List<Place> chosen = new ArrayList<>(ranked.subList(0, PREFERRED));
        List<Place> rest = new ArrayList<>(ranked.subList(PREFERRED, ranked.size()));
        SplittableRandom random = new SplittableRandom(household.id());
        for (int i = 0; i < OTHERS; i++) {
            int pick = i + random.nextInt(rest.size() - i);
            Place drawn = rest.get(pick);
            rest.set(pick, rest.get(i));
            rest.set(i, drawn);
            chosen.add(drawn);
        }
        return chosen;
    }
}
