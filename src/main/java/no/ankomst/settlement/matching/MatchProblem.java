package no.ankomst.settlement.matching;

import java.util.ArrayList;
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
    private final Map<Long, Integer> indexOf = new HashMap<>();
    private final List<List<Place>> feasible = new ArrayList<>();
    private final List<@Nullable UnassignedReason> reasons = new ArrayList<>();
    /** The weighted pairwise terms per household and place index (filled for the feasible places). */
    private final int[][] pairwise;
    /** Per household, its feasible place indices by pairwise score, best first (lowest index first on a tie). */
    private final short[][] ranking;

    private MatchProblem(MatchInput input) {
        this.input = input;
        this.weights = input.weights();
        List<Place> all = new ArrayList<>(input.municipalities().size());
        for (MatchMunicipality municipality : input.municipalities()) {
            all.add(new Place(all.size(), municipality, weights));
        }
        this.places = List.copyOf(all);
        this.pairwise = new int[input.households().size()][];
        this.ranking = new short[input.households().size()][];
        // the distance term depends only on the centre: computed once per centre and place
        Map<GeoPoint, int[]> distances = new HashMap<>();
        // whether a place has a dwelling that fits depends only on the household's need: once per need and place
        Map<Integer, java.util.BitSet> housing = new HashMap<>();
        for (MatchHousehold household : input.households()) {
            int index = feasible.size();
            indexOf.put(household.id(), index);
            classify(household, housing.computeIfAbsent(Dwellings.need(household), need -> {
                java.util.BitSet fits = new java.util.BitSet();
                all.forEach(place -> fits.set(place.index, place.hasDwellingFor(household)));
                return fits;
            }));
            int[] scores = new int[places.size()];
            GeoPoint centre = household.centre();
            int[] distance = centre == null ? null : distances.computeIfAbsent(centre, ignored -> new int[places.size()]);
            List<PreferenceTerm> applying = new ArrayList<>();
            for (PreferenceTerm term : PreferenceTerm.values()) {
                if (term.pairwise() && term != PreferenceTerm.DISTANCE && term.appliesTo(household)) {
                    applying.add(term);
                }
            }
            for (Place place : feasible.get(index)) {
                long sum = 0;
                for (PreferenceTerm term : applying) {
                    sum += term.weighted(weights, household, place.municipality, 0);
                }
                if (distance != null) {
                    if (distance[place.index] == 0) {
                        // stored plus one, so 0 means not yet computed
                        distance[place.index] = Math.toIntExact(PreferenceTerm.DISTANCE.weighted(weights, household,
                                place.municipality, 0)) - 1;
                    }
                    sum += distance[place.index] + 1;
                }
                scores[place.index] = Math.toIntExact(sum);
            }
            pairwise[index] = scores;
            List<Place> fits = feasible.get(index);
            long[] keyed = new long[fits.size()];
            for (int i = 0; i < keyed.length; i++) {
                int at = fits.get(i).index;
                keyed[i] = ((long) scores[at] << 16) | (0xFFFF - at);
            }
            java.util.Arrays.sort(keyed);
            short[] ranked = new short[keyed.length];
            for (int i = 0; i < keyed.length; i++) {
                ranked[i] = (short) (0xFFFF - (int) (keyed[keyed.length - 1 - i] & 0xFFFF));
            }
            ranking[index] = ranked;
        }
    }

    static MatchProblem of(MatchInput input) {
        return new MatchProblem(input);
    }

    private void classify(MatchHousehold household, java.util.BitSet housing) {
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
            if (housing.get(place.index)) {
                fits.add(place);
            }
        }
        feasible.add(List.copyOf(fits));
        reasons.add(!fits.isEmpty() ? null : !notDeclined ? UnassignedReason.DECLINED_EVERYWHERE
                : !withRoom ? household.unaccompaniedMinor() ? UnassignedReason.NO_MINORS_PLACES
                        : UnassignedReason.NO_MUNICIPALITY_WITH_ROOM
                : UnassignedReason.NO_FITTING_DWELLING);
    }

    /** The places the hard rules allow for the household on their own; empty when there is a reason. */
    List<Place> feasible(MatchHousehold household) {
        return feasible.get(indexOf.get(household.id()));
    }

    /** Why no place fits the household at all, or {@link UnassignedReason#PLACES_TAKEN} when some would. */
    UnassignedReason reason(MatchHousehold household) {
        UnassignedReason reason = reasons.get(indexOf.get(household.id()));
        return reason == null ? UnassignedReason.PLACES_TAKEN : reason;
    }

    /**
     * The household's feasible places by {@link #pairwiseScore}, best first. Since the spread term is never
     * positive, a place's pairwise score bounds its total: a search for the best can stop early.
     */
    short[] ranking(MatchHousehold household) {
        return ranking[indexOf.get(household.id())];
    }

    /** The weighted sum of the terms that depend only on the household and the place (a feasible one). */
    long pairwiseScore(MatchHousehold household, Place place) {
        return pairwise[indexOf.get(household.id())][place.index];
    }

    /**
     * Explains a placement: the chosen place's weighted terms (with {@code counts} as placed, the household
     * included) and the best two other allowed places (as if the household joined them).
     */
    Explanation explain(MatchHousehold household, @Nullable Place chosen, Counts counts) {
        Map<PreferenceTerm, Long> terms = new EnumMap<>(PreferenceTerm.class);
        long total = 0;
        if (chosen != null) {
            total = terms(household, chosen, counts.of(chosen, household.sizeClass()), terms);
        }
        int[] scores = pairwise[indexOf.get(household.id())];
        SizeClass sizeClass = household.sizeClass();
        Place first = null;
        Place second = null;
        long firstTotal = Long.MIN_VALUE;
        long secondTotal = Long.MIN_VALUE;
        for (short at : ranking[indexOf.get(household.id())]) {
            Place place = places.get(at);
            if (place == chosen) {
                continue;
            }
            if (second != null && scores[at] <= secondTotal) {
                break;
            }
            int there = counts.of(place, sizeClass) + 1;
            // the spread term is 0 within the allowance (and for households it does not count)
            long sum = scores[at] + (there <= place.allowance(sizeClass) ? 0
                    : PreferenceTerm.SIZE_SPREAD.weighted(weights, household, place.municipality, there));
            if (sum > firstTotal) {
                second = first;
                secondTotal = firstTotal;
                first = place;
                firstTotal = sum;
            } else if (sum > secondTotal) {
                second = place;
                secondTotal = sum;
            }
        }
        List<Alternative> alternatives = new ArrayList<>(2);
        for (Place place : new Place[] {first, second}) {
            if (place != null) {
                Map<PreferenceTerm, Long> theirs = new EnumMap<>(PreferenceTerm.class);
                long sum = terms(household, place, counts.of(place, household.sizeClass()) + 1, theirs);
                alternatives.add(new Alternative(place.municipality.code(), theirs, sum));
            }
        }
        return new Explanation(terms, total, alternatives);
    }

    /** Fills the weighted terms of the household at the place; returns their sum. */
    private long terms(MatchHousehold household, Place place, int sameSizeClassThere,
            Map<PreferenceTerm, Long> into) {
        long sum = 0;
        for (PreferenceTerm term : PreferenceTerm.values()) {
            long value = term.weighted(weights, household, place.municipality, sameSizeClassThere);
            into.put(term, value);
            sum += value;
        }
        return sum;
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
