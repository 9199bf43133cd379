package no.ankomst.settlement.matching;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import no.ankomst.settlement.matching.MatchHousehold.SizeClass;
import org.jspecify.annotations.Nullable;

/**
 * The solver's planning entity: one whole household (never split), its place the planning variable. Its value
 * range is its own candidates, restricted before solving (hard rules, then the best by preference plus a spread
 * of others), and it may stay unassigned when nothing fits.
 */
@PlanningEntity(comparatorClass = HouseholdAssignment.HarderLast.class)
final class HouseholdAssignment {

    @PlanningId
    private Long id;
    private MatchHousehold household;
    private MatchWeights weights;
    @ValueRangeProvider(id = "candidates")
    private List<Place> candidates;
    private BitSet allowed;

    @PlanningVariable(valueRangeProviderRefs = "candidates", allowsUnassigned = true)
    private @Nullable Place place;

    @SuppressWarnings("NullAway.Init")
    HouseholdAssignment() {
        // for the solver's cloning
        this.id = 0L;
    }

    HouseholdAssignment(MatchHousehold household, MatchWeights weights, List<Place> candidates) {
        this.id = household.id();
        this.household = household;
        this.weights = weights;
        this.candidates = List.copyOf(candidates);
        this.allowed = new BitSet();
        candidates.forEach(candidate -> allowed.set(candidate.index));
    }

    private HouseholdAssignment(HouseholdAssignment original) {
        this.id = original.id;
        this.household = original.household;
        this.weights = original.weights;
        this.candidates = original.candidates;
        this.allowed = original.allowed;
        this.place = original.place;
    }

    /** A copy sharing everything but the place (which it copies too, and may then change independently). */
    HouseholdAssignment copy() {
        return new HouseholdAssignment(this);
    }

    MatchHousehold household() {
        return household;
    }

    @Nullable
    Place getPlace() {
        return place;
    }

    void setPlace(@Nullable Place place) {
        this.place = place;
    }

    int size() {
        return household.size();
    }

    boolean minor() {
        return household.unaccompaniedMinor();
    }

    SizeClass sizeClass() {
        return household.sizeClass();
    }

    /** Whether the place is one of its candidates (the value range already ensures it; checked as a hard rule). */
    boolean allowedAt(Place at) {
        return allowed.get(at.index);
    }

    /** The weighted score of a term that depends only on the household and its place (0 when unassigned). */
    int weighted(PreferenceTerm term) {
        Place at = place;
        return at == null ? 0 : Math.toIntExact(term.weighted(weights, household, at.municipality, 0));
    }

    /** For the construction heuristic, which places the hardest first: larger, then fewer candidates. */
    public static final class HarderLast implements Comparator<HouseholdAssignment> {

        /** Instantiated by the solver (reflection, so public). */
        public HarderLast() {
            // stateless
        }

        @Override
        public int compare(HouseholdAssignment a, HouseholdAssignment b) {
            int bySize = Integer.compare(a.household.size(), b.household.size());
            if (bySize != 0) {
                return bySize;
            }
            int byChoice = Integer.compare(b.candidates.size(), a.candidates.size());
            return byChoice != 0 ? byChoice : Long.compare(b.id, a.id);
        }
    }
}
