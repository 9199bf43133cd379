package no.ankomst.settlement.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.ankomst.settlement.matching.MatchHousehold.SizeClass;

/**
 * A municipality as a planning value: identity equality (the solver hashes values often; the record's equality
 * would hash its dwellings each time), its dwellings grouped by kind (rooms, persons, accessible) tightest kind
 * first, and its spread allowances.
 */
final class Place {

    /** Ordinary dwellings before accessible ones, then fewest rooms, fewest persons: the tightest fit first. */
    static final Comparator<MatchDwelling> TIGHTEST_FIRST = Comparator.comparing(MatchDwelling::accessible)
            .thenComparingInt(MatchDwelling::rooms).thenComparingInt(MatchDwelling::persons)
            .thenComparing(MatchDwelling::id);

    final int index;
    final MatchMunicipality municipality;
    final MatchWeights weights;
    /** One dwelling per kind, tightest first; {@code byKind} holds all of each kind in the same order. */
    final List<MatchDwelling> kinds;
    final List<List<MatchDwelling>> byKind;
    final int[] kindCounts;
    private final int singleAllowance;
    private final int largeAllowance;

    Place(int index, MatchMunicipality municipality, MatchWeights weights) {
        this.index = index;
        this.municipality = municipality;
        this.weights = weights;
        List<MatchDwelling> sorted = new ArrayList<>(municipality.dwellings());
        sorted.sort(TIGHTEST_FIRST);
        Map<String, List<MatchDwelling>> grouped = new LinkedHashMap<>();
        for (MatchDwelling dwelling : sorted) {
            grouped.computeIfAbsent(dwelling.rooms() + "/" + dwelling.persons() + "/" + dwelling.accessible(),
                    ignored -> new ArrayList<>()).add(dwelling);
        }
        List<MatchDwelling> firsts = new ArrayList<>();
        List<List<MatchDwelling>> all = new ArrayList<>();
        for (List<MatchDwelling> kind : grouped.values()) {
            firsts.add(kind.getFirst());
            all.add(List.copyOf(kind));
        }
        this.kinds = List.copyOf(firsts);
        this.byKind = List.copyOf(all);
        this.kindCounts = all.stream().mapToInt(List::size).toArray();
        this.singleAllowance = SizeClass.SINGLE.allowance(municipality);
        this.largeAllowance = SizeClass.LARGE.allowance(municipality);
    }

    /** Whether one of its dwellings fits the household (ignoring who else gets one). */
    boolean hasDwellingFor(MatchHousehold household) {
        for (MatchDwelling kind : kinds) {
            if (kind.fits(household)) {
                return true;
            }
        }
        return false;
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
