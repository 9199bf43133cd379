package no.ankomst.settlement.matching;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import ai.timefold.solver.core.api.score.stream.uni.UniConstraintCollector;
import org.jspecify.annotations.Nullable;

/**
 * Which dwelling each household placed in a municipality gets: the hardest households to house first
 * (accessibility, then rooms, then persons), each the tightest free kind of dwelling that fits. The solver's
 * dwelling rule counts the households this leaves without one ({@link #unhoused}, kept up to date per move by
 * {@link Demand}), the final proposals use the same allocation ({@link #allocate}), and the greedy baseline takes
 * dwellings the same way ({@link #tightestFree}), so a solution without broken hard rules houses every household
 * it places.
 */
final class Dwellings {

    static final Comparator<MatchHousehold> HARDEST_FIRST = Comparator.comparingInt(Dwellings::need).reversed()
            .thenComparingLong(MatchHousehold::id);

    private static final int ACCESSIBLE = 1 << 30;
    private static final int FIELD = 1 << 15;

    private Dwellings() {
    }

    /** A household's need as one number: larger is harder to house (accessibility, rooms, persons). */
    static int need(MatchHousehold household) {
        return (household.needsAccessible() ? ACCESSIBLE : 0) | Math.min(household.roomsNeeded(), FIELD - 1) << 15
                | Math.min(household.size(), FIELD - 1);
    }

    private static boolean fits(MatchDwelling kind, int need) {
        return kind.rooms() >= (need >> 15 & (FIELD - 1)) && kind.persons() >= (need & (FIELD - 1))
                && (kind.accessible() || (need & ACCESSIBLE) == 0);
    }

    /** The first kind with a dwelling left (counts in {@code left}) that fits, or −1. */
    static int tightestFree(Place place, int[] left, MatchHousehold household) {
        int need = need(household);
        for (int kind = 0; kind < left.length; kind++) {
            if (left[kind] > 0 && fits(place.kinds.get(kind), need)) {
                return kind;
            }
        }
        return -1;
    }

    /** How many households, counted per need, the place's dwellings leave without one. */
    static int unhoused(Place place, TreeMap<Integer, int[]> needs) {
        int[] left = place.kindCounts.clone();
        int unhoused = 0;
        for (Map.Entry<Integer, int[]> entry : needs.descendingMap().entrySet()) {
            int waiting = entry.getValue()[0];
            for (int kind = 0; kind < left.length && waiting > 0; kind++) {
                if (left[kind] > 0 && fits(place.kinds.get(kind), entry.getKey())) {
                    int taken = Math.min(waiting, left[kind]);
                    left[kind] -= taken;
                    waiting -= taken;
                }
            }
            unhoused += waiting;
        }
        return unhoused;
    }

    /**
     * Allocates the place's dwellings to the households; returns how many got none. Fills {@code into} (household
     * id to dwelling).
     */
    static int allocate(Place place, List<MatchHousehold> households, Map<Long, MatchDwelling> into) {
        MatchHousehold[] order = households.toArray(new MatchHousehold[0]);
        Arrays.sort(order, HARDEST_FIRST);
        int[] left = place.kindCounts.clone();
        int unhoused = 0;
        for (MatchHousehold household : order) {
            int kind = tightestFree(place, left, household);
            if (kind < 0) {
                unhoused++;
            } else {
                into.put(household.id(), place.byKind.get(kind).get(place.kindCounts[kind] - left[kind]));
                left[kind]--;
            }
        }
        return unhoused;
    }

    /** The households without a dwelling in one municipality, kept up to date as households come and go. */
    static final class Demand implements UniConstraintCollector<HouseholdAssignment, Demand.Needs, Integer> {

        @Override
        public Supplier<Needs> supplier() {
            return Needs::new;
        }

        @Override
        public BiFunction<Needs, HouseholdAssignment, Runnable> accumulator() {
            return (needs, assignment) -> {
                Place place = assignment.getPlace();
                if (place != null) {
                    needs.place = place;
                }
                int need = need(assignment.household());
                needs.counts.computeIfAbsent(need, ignored -> new int[1])[0]++;
                return () -> {
                    int[] count = needs.counts.get(need);
                    if (--count[0] == 0) {
                        needs.counts.remove(need);
                    }
                };
            };
        }

        @Override
        public Function<Needs, Integer> finisher() {
            return needs -> needs.place == null ? 0 : unhoused(needs.place, needs.counts);
        }

        /** Households per need in the group's place. */
        static final class Needs {
            @Nullable Place place;
            final TreeMap<Integer, int[]> counts = new TreeMap<>();
        }
    }
}
