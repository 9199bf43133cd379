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
        int places = problem.places.size();
        int[] persons = new int[places];
        int[] minors = new int[places];
        boolean[][] used = new boolean[places][];
        for (Place place : problem.places) {
            persons[place.index] = place.municipality.remainingPersons();
            minors[place.index] = place.municipality.remainingMinorPlaces();
            used[place.index] = new boolean[place.dwellings.size()];
        }
        MatchProblem.Counts counts = new MatchProblem.Counts(places);
        List<MatchHousehold> order = new ArrayList<>(input.households());
        order.sort(Comparator.comparingInt(MatchHousehold::size).reversed().thenComparingLong(MatchHousehold::id));
        Map<Long, Place> placement = new HashMap<>();
        Map<Long, MatchDwelling> dwellings = new HashMap<>();
        for (MatchHousehold household : order) {
            SizeClass sizeClass = household.sizeClass();
            Place best = null;
            int bestDwelling = -1;
            long bestScore = Long.MIN_VALUE;
            for (Place place : problem.feasible(household)) {
                int left = household.unaccompaniedMinor() ? minors[place.index] : persons[place.index];
                if (left < household.size()) {
                    continue;
                }
                int there = counts.of(place, sizeClass);
                long score = problem.pairwiseScore(household, place)
                        - (place.weightedCrowding(sizeClass, there + 1) - place.weightedCrowding(sizeClass, there));
                if (score <= bestScore) {
                    continue;
                }
                int dwelling = Dwellings.firstFree(place.dwellings, used[place.index], household);
                if (dwelling >= 0) {
                    best = place;
                    bestDwelling = dwelling;
                    bestScore = score;
                }
            }
            if (best != null) {
                used[best.index][bestDwelling] = true;
                dwellings.put(household.id(), best.dwellings.get(bestDwelling));
                placement.put(household.id(), best);
                counts.add(best, sizeClass);
                if (household.unaccompaniedMinor()) {
                    minors[best.index] -= household.size();
                } else {
                    persons[best.index] -= household.size();
                }
            }
        }
        List<Proposal> proposals = Proposals.of(problem, placement, dwellings);
        MatchScore score = MatchScore.of(input, proposals);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        return new MatchResult(proposals, score, elapsed, elapsed);
    }
}
