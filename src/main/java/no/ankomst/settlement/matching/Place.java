package no.ankomst.settlement.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import no.ankomst.settlement.matching.MatchHousehold.SizeClass;

/**
 * A municipality as a planning value: identity equality (the solver hashes values often; the record's equality
 * would hash its dwellings each time), its dwellings tightest first, and its spread allowances.
 */
final class Place {

    /** Ordinary dwellings before accessible ones, then fewest rooms, fewest persons: the tightest fit first. */
    static final Comparator<MatchDwelling> TIGHTEST_FIRST = Comparator.comparing(MatchDwelling::accessible)
            .thenComparingInt(MatchDwelling::rooms).thenComparingInt(MatchDwelling::persons)
            .thenComparing(MatchDwelling::id);

    final int index;
    final MatchMunicipality municipality;
    final List<MatchDwelling> dwellings;
    final MatchWeights weights;
    private final int singleAllowance;
    private final int largeAllowance;

    Place(int index, MatchMunicipality municipality, MatchWeights weights) {
        this.index = index;
        this.municipality = municipality;
        this.weights = weights;
        List<MatchDwelling> sorted = new ArrayList<>(municipality.dwellings());
        sorted.sort(TIGHTEST_FIRST);
        this.dwellings = List.copyOf(sorted);
        this.singleAllowance = SizeClass.SINGLE.allowance(municipality);
        this.largeAllowance = SizeClass.LARGE.allowance(municipality);
    }

    int allowance(SizeClass sizeClass) {
        return switch (sizeClass) {
            case SINGLE -> singleAllowance;
            case LARGE -> largeAllowance;
            case OTHER -> Integer.MAX_VALUE;
        };
    }

    /** The spread term's penalty for this many households of the class here, weighted (positive). */
    long weightedCrowding(SizeClass sizeClass, int count) {
        return sizeClass == SizeClass.OTHER ? 0
                : (long) weights.sizeSpread() * PreferenceTerm.crowding(count, allowance(sizeClass));
    }

    @Override
    public String toString() {
        return municipality.code();
    }
}
