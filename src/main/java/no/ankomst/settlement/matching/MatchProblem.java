package no.ankomst.settlement.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.ankomst.settlement.matching.Explanation.Alternative;
import no.ankomst.settlement.matching.MatchHousehold.SizeClass;
import org.jspecify.annotations.Nullable;

/**
 * The input prepared for a run (shared by the solver and the greedy baseline): the places, and for each household
 * the municipalities the hard rules allow on their own (not declined, places of its kind for all of it, a dwelling
 * that fits), or the reason there are none. Also explains a placement with the preference terms.
 */
final class MatchProblem {

    final MatchInput input;
    final MatchWeights weights;
    final List<Place> places;
    private final Map<Long, List<Place>> feasible = new HashMap<>();
    private final Map<Long, UnassignedReason> reasons = new HashMap<>();

    private MatchProblem(MatchInput input) {
        this.input = input;
        this.weights = input.weights();
        List<Place> all = new ArrayList<>(input.municipalities().size());
        for (MatchMunicipality municipality : input.municipalities()) {
            all.add(new Place(all.size(), municipality, weights));
        }
        this.places = List.copyOf(all);
        for (MatchHousehold household : input.households()) {
            classify(household);
        }
    }

    static MatchProblem of(MatchInput input) {
        return new MatchProblem(input);
    }

    private void classify(MatchHousehold household) {
        boolean notDeclined = false;
        boolean withRoom = false;
        List<Place> fits = new ArrayList<>();
        for (Place place : places) {
            MatchMunicipality municipality = place.municipality;
            if (household.declinedBy().contains(municipality.code())) {
                continue;
            }
            notDeclined = true;
            if (!municipality.hasPlacesFor(household)) {
                continue;
            }
            withRoom = true;
            if (municipality.hasDwellingFor(household)) {
                fits.add(place);
            }
        }
        if (!fits.isEmpty()) {
            feasible.put(household.id(), List.copyOf(fits));
        } else {
            reasons.put(household.id(), !notDeclined ? UnassignedReason.DECLINED_EVERYWHERE
                    : !withRoom ? household.unaccompaniedMinor() ? UnassignedReason.NO_MINORS_PLACES
                            : UnassignedReason.NO_MUNICIPALITY_WITH_ROOM
                    : UnassignedReason.NO_FITTING_DWELLING);
        }
    }

    /** The places the hard rules allow for the household on their own; empty when there is a reason. */
    List<Place> feasible(MatchHousehold household) {
        return feasible.getOrDefault(household.id(), List.of());
    }

    /** Why no place fits the household at all, or {@link UnassignedReason#PLACES_TAKEN} when some would. */
    UnassignedReason reason(MatchHousehold household) {
        return reasons.getOrDefault(household.id(), UnassignedReason.PLACES_TAKEN);
    }

    /** The weighted sum of the terms that depend only on the household and the place. */
    long pairwiseScore(MatchHousehold household, Place place) {
        long sum = 0;
        for (PreferenceTerm term : PreferenceTerm.values()) {
            if (term.pairwise()) {
                sum += term.weighted(weights, household, place.municipality, 0);
            }
        }
        return sum;
    }

    /**
     * Explains a placement: the chosen place's weighted terms (with {@code counts} as placed, the household
     * included) and the best two other allowed places (as if the household joined them).
     */
    Explanation explain(MatchHousehold household, @Nullable Place chosen, Counts counts) {
        Map<PreferenceTerm, Long> terms = new EnumMap<>(PreferenceTerm.class);
        long total = 0;
        if (chosen != null) {
            int there = counts.of(chosen, household.sizeClass());
            for (PreferenceTerm term : PreferenceTerm.values()) {
                long value = term.weighted(weights, household, chosen.municipality, there);
                terms.put(term, value);
                total += value;
            }
        }
        List<Alternative> candidates = new ArrayList<>();
        for (Place place : feasible(household)) {
            if (place == chosen) {
                continue;
            }
            int there = counts.of(place, household.sizeClass()) + 1;
            Map<PreferenceTerm, Long> theirs = new EnumMap<>(PreferenceTerm.class);
            long sum = 0;
            for (PreferenceTerm term : PreferenceTerm.values()) {
                long value = term.weighted(weights, household, place.municipality, there);
                theirs.put(term, value);
                sum += value;
            }
            candidates.add(new Alternative(place.municipality.code(), theirs, sum));
        }
        candidates.sort(Comparator.comparingLong(Alternative::total).reversed()
                .thenComparing(Alternative::municipalityCode));
        return new Explanation(terms, total, candidates.subList(0, Math.min(2, candidates.size())));
    }

    /** Households of each spread class per place. */
    static final class Counts {

        private final int[] singles;
        private final int[] large;

        Counts(int places) {
            singles = new int[places];
            large = new int[places];
        }

        int of(Place place, SizeClass sizeClass) {
            return switch (sizeClass) {
                case SINGLE -> singles[place.index];
                case LARGE -> large[place.index];
                case OTHER -> 0;
            };
        }

        void add(Place place, SizeClass sizeClass) {
            switch (sizeClass) {
                case SINGLE -> singles[place.index]++;
                case LARGE -> large[place.index]++;
                case OTHER -> {
                }
            }
        }
    }
}
