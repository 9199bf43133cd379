package no.ankomst.settlement.matching;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Which dwelling each household placed in a municipality gets: the hardest households to house first
 * (accessibility, rooms, persons), each the tightest free dwelling that fits. The solver's dwelling rule counts
 * the households this leaves without one, and the final proposals use the same allocation, so a solution without
 * broken hard rules houses every household it places.
 */
final class Dwellings {

    static final Comparator<MatchHousehold> HARDEST_FIRST = Comparator
            .comparing(MatchHousehold::needsAccessible).reversed()
            .thenComparing(Comparator.comparingInt(MatchHousehold::roomsNeeded).reversed())
            .thenComparing(Comparator.comparingInt(MatchHousehold::size).reversed())
            .thenComparingLong(MatchHousehold::id);

    private Dwellings() {
    }

    /**
     * Allocates the place's dwellings to the households; returns how many got none. Fills {@code into} (household
     * id to dwelling) when given.
     */
    static int allocate(Place place, List<MatchHousehold> households,
            @Nullable Map<Long, MatchDwelling> into) {
        MatchHousehold[] order = households.toArray(new MatchHousehold[0]);
        java.util.Arrays.sort(order, HARDEST_FIRST);
        List<MatchDwelling> dwellings = place.dwellings;
        boolean[] used = new boolean[dwellings.size()];
        int unhoused = 0;
        for (MatchHousehold household : order) {
            int chosen = firstFree(dwellings, used, household);
            if (chosen < 0) {
                unhoused++;
            } else {
                used[chosen] = true;
                if (into != null) {
                    into.put(household.id(), dwellings.get(chosen));
                }
            }
        }
        return unhoused;
    }

    /** The tightest dwelling not yet used that fits, or −1. */
    static int firstFree(List<MatchDwelling> tightestFirst, boolean[] used, MatchHousehold household) {
        for (int i = 0; i < tightestFirst.size(); i++) {
            if (!used[i] && tightestFirst.get(i).fits(household)) {
                return i;
            }
        }
        return -1;
    }
}
