package no.ankomst.settlement.matching;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.ankomst.settlement.matching.MatchHousehold.SizeClass;

/**
 * The baseline the solver is compared with, on the same data and the same terms: households by size, largest
 * first, each to the municipality that scores best for it at that moment (its pairwise terms plus the change in
 * crowding it causes) among those with places and a free fitting dwelling left; never reconsidered.
 */
public final class GreedyMatching {

    private GreedyMatching() {
    }

    public static MatchResult solve(MatchInput input) {
        long start = System.nanoTime();
        MatchProblem problem = MatchProblem.of(input);
        Map<Long, Place> placement = new HashMap<>();
        Map<Long, MatchDwelling> dwellings = new HashMap<>();
        place(problem, placement, dwellings);
        List<Proposal> proposals = Proposals.of(problem, placement, dwellings);
        MatchScore score = MatchScore.of(input, proposals);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        return new MatchResult(proposals, score, elapsed, elapsed);
    }

    /**
     * The greedy placement itself: fills {@code placement} and {@code dwellings} (household id to place and
     * dwelling). Also the solver's starting point.
     */
    static void place(MatchProblem problem, Map<Long, Place> placement, Map<Long, MatchDwelling> dwellings) {
        int places = problem.places.size();
        int[] persons = new int[places];
        int[] minors = new int[places];
        int[][] free = new int[places][];
        for (Place place : problem.places) {
            persons[place.index] = place.municipality.remainingPersons();
            minors[place.index] = place.municipality.remainingMinorPlaces();
            free[place.index] = place.kindCounts.clone();
        }
        MatchProblem.Counts counts = new MatchProblem.Counts(places);
        List<MatchHousehold> order = new ArrayList<>(problem.input.households());
        order.sort(Comparator.comparingInt(MatchHousehold::size).reversed().thenComparingLong(MatchHousehold::id));
        for (MatchHousehold household : order) {
            SizeClass sizeClass = household.sizeClass();
            Place best = null;
            int bestDwelling = -1;
            long bestScore = Long.MIN_VALUE;
            for (short at : problem.ranking(household)) {
                Place place = problem.places.get(at);
                long pairwise = problem.pairwiseScore(household, place);
                if (pairwise <= bestScore) {
                    // ranked by pairwise score, and crowding only lowers it: none further can do better
                    break;
                }
                int left = household.unaccompaniedMinor() ? minors[place.index] : persons[place.index];
                if (left < household.size()) {
                    continue;
                }
                int there = counts.of(place, sizeClass);
                long score = pairwise - (place.weightedCrowding(sizeClass, there + 1) - place.weightedCrowding(sizeClass, there));
                if (score <= bestScore) {
                    continue;
                }
                int dwelling = Dwellings.tightestFree(place, free[place.index], household);
                if (dwelling >= 0) {
                    best = place;
                    bestDwelling = dwelling;
                    bestScore = score;
                }
            }
            if (best != null) {
                dwellings.put(household.id(), best.byKind.get(bestDwelling)
                        .get(best.kindCounts[bestDwelling] - free[best.index][bestDwelling]));
                free[best.index][bestDwelling]--;
                placement.put(household.id(), best);
                counts.add(best, sizeClass);
                if (household.unaccompaniedMinor()) {
                    minors[best.index] -= household.size();
                } else {
                    persons[best.index] -= household.size();
                }
            }
        }
    }
}
