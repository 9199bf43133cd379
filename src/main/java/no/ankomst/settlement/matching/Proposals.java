package no.ankomst.settlement.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Turns a placement (household to place) into proposals: keeps each place within its remaining places (the best
 * scoring households first; a solution without broken hard rules loses none), gives each a dwelling, and explains
 * each proposal with the final counts. Shared by the solver and the greedy baseline.
 */
final class Proposals {

    private Proposals() {
    }

    /**
     * @param dwellings the dwelling chosen per household, or {@code null} to allocate them per place
     *        ({@link Dwellings#allocate})
     */
    static List<Proposal> of(MatchProblem problem, Map<Long, Place> placement,
            @Nullable Map<Long, MatchDwelling> dwellings) {
        Map<Place, List<MatchHousehold>> byPlace = new LinkedHashMap<>();
        for (MatchHousehold household : problem.input.households()) {
            Place place = placement.get(household.id());
            if (place != null && problem.feasible(household).contains(place)) {
                byPlace.computeIfAbsent(place, ignored -> new ArrayList<>()).add(household);
            }
        }
        Map<Long, Place> kept = new HashMap<>();
        Map<Long, MatchDwelling> housed = dwellings == null ? new HashMap<>() : dwellings;
        MatchProblem.Counts counts = new MatchProblem.Counts(problem.places.size());
        for (Map.Entry<Place, List<MatchHousehold>> entry : byPlace.entrySet()) {
            Place place = entry.getKey();
            List<MatchHousehold> within = withinPlaces(problem, place, entry.getValue());
            if (dwellings == null) {
                Dwellings.allocate(place, within, housed);
            }
            for (MatchHousehold household : within) {
                if (housed.containsKey(household.id())) {
                    kept.put(household.id(), place);
                    counts.add(place, household.sizeClass());
                }
            }
        }
        List<Proposal> proposals = new ArrayList<>(problem.input.households().size());
        for (MatchHousehold household : problem.input.households()) {
            Place place = kept.get(household.id());
            Explanation explanation = problem.explain(household, place, counts);
            proposals.add(place == null
                    ? new Proposal(household.id(), null, null, problem.reason(household), explanation)
                    : new Proposal(household.id(), place.municipality.code(), housed.get(household.id()).id(), null,
                            explanation));
        }
        return proposals;
    }

    private static List<MatchHousehold> withinPlaces(MatchProblem problem, Place place,
            List<MatchHousehold> households) {
        List<MatchHousehold> ordered = new ArrayList<>(households);
        ordered.sort(Comparator.comparingLong((MatchHousehold household) -> problem.pairwiseScore(household, place))
                .reversed().thenComparingLong(MatchHousehold::id));
        int persons = place.municipality.remainingPersons();
        int minors = place.municipality.remainingMinorPlaces();
        List<MatchHousehold> within = new ArrayList<>(ordered.size());
        for (MatchHousehold household : ordered) {
            if (household.unaccompaniedMinor() ? household.size() <= minors : household.size() <= persons) {
                within.add(household);
                if (household.unaccompaniedMinor()) {
                    minors -= household.size();
                } else {
                    persons -= household.size();
                }
            }
        }
        return within;
    }
}
