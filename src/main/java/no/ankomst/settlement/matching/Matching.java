package no.ankomst.settlement.matching;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchType;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The matching: households to municipalities and dwellings with Timefold Solver, never breaking a hard rule,
 * scored by the {@link PreferenceTerm}s. It starts from the greedy baseline's placement and improves it by local
 * search (change and swap moves, hill climbing: a move is taken only when it improves the score, so preferences
 * are never traded away at random; late acceptance settled a few more persons in trials but gave up half the
 * preference score for them within the time limit).
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
        long began = System.nanoTime();
        MatchProblem problem = MatchProblem.of(input);
        List<HouseholdAssignment> assignments = new ArrayList<>();
        // the starting point: the greedy baseline's placement (Timefold's construction heuristic evaluates every
        // candidate of every household, slower than the time allowed at this size); local search then improves it,
        // so the result is never worse than the greedy one
        Map<Long, Place> start = new HashMap<>();
        GreedyMatching.place(problem, start, new HashMap<>());
        AtomicLong firstFeasible = new AtomicLong(housesEveryone(problem, start) ? System.nanoTime() - began : -1);
        for (MatchHousehold household : input.households()) {
            List<Place> feasible = problem.feasible(household);
            if (!feasible.isEmpty()) {
                Place seeded = start.get(household.id());
                List<Place> range = candidates(problem, household, feasible);
                if (seeded != null && !range.contains(seeded)) {
                    range.add(seeded);
                }
                HouseholdAssignment assignment = new HouseholdAssignment(household, problem.weights, range);
                assignment.setPlace(seeded);
                assignments.add(assignment);
            }
        }
        Map<Long, Place> placement = new HashMap<>();
        if (!assignments.isEmpty()) {
            SolverFactory<MatchPlan> factory = SolverFactory.create(new SolverConfig()
                    .withSolutionClass(MatchPlan.class)
                    .withEntityClasses(HouseholdAssignment.class)
                    .withConstraintProviderClass(MatchConstraints.class)
                    .withPhases(new LocalSearchPhaseConfig().withLocalSearchType(LocalSearchType.HILL_CLIMBING)));
            // the solver's own clock starts at solve(): it gets what is left once prepared, minus the time kept for
            // the dwellings, explanations and score afterwards
            long prepared = (System.nanoTime() - began) / 1_000_000;
            long after = Math.max(500, timeLimit.toMillis() * 3 / 10);
            long solverMillis = Math.max(200, timeLimit.toMillis() - after - prepared);
            Solver<MatchPlan> solver = factory.buildSolver(new SolverConfigOverride<MatchPlan>()
                    .withTerminationConfig(new TerminationConfig()
                            .withSpentLimit(Duration.ofMillis(solverMillis))
                            .withUnimprovedSpentLimit(Duration.ofMillis(Math.max(200, solverMillis / 5)))));
            solver.addEventListener(event -> {
                if (firstFeasible.get() < 0 && event.isNewBestSolutionInitialized()
                        && event.getNewBestScore().isFeasible()) {
                    firstFeasible.set(System.nanoTime() - began);
                }
            });
            MatchPlan best = solver.solve(new MatchPlan(problem.places, assignments));
            HardMediumSoftLongScore score = best.score();
            if (firstFeasible.get() < 0 && score != null && score.isFeasible()) {
                firstFeasible.set(System.nanoTime() - began);
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
        long elapsed = System.nanoTime() - began;
        return new MatchResult(proposals, score, Duration.ofNanos(firstFeasible.get() < 0 ? elapsed
                : firstFeasible.get()), Duration.ofNanos(elapsed));
    }

    /**
     * Whether the placement breaks no hard rule the solver checks: the greedy placement keeps within places by
     * construction, but takes dwellings in its own order, which the solver's allocation might not match.
     */
    private static boolean housesEveryone(MatchProblem problem, Map<Long, Place> placement) {
        Map<Place, List<MatchHousehold>> byPlace = new HashMap<>();
        for (MatchHousehold household : problem.input.households()) {
            Place place = placement.get(household.id());
            if (place != null) {
                byPlace.computeIfAbsent(place, ignored -> new ArrayList<>()).add(household);
            }
        }
        Map<Long, MatchDwelling> ignored = new HashMap<>();
        return byPlace.entrySet().stream().allMatch(entry -> Dwellings.allocate(entry.getKey(), entry.getValue(),
                ignored) == 0);
    }

    /** The household's value range: the best by preference, and some others at random. */
    static List<Place> candidates(MatchProblem problem, MatchHousehold household, List<Place> feasible) {
        if (feasible.size() <= PREFERRED + OTHERS) {
            return new ArrayList<>(feasible);
        }
        List<Place> ranked = new ArrayList<>(feasible.size());
        for (short at : problem.ranking(household)) {
            ranked.add(problem.places.get(at));
        }
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
