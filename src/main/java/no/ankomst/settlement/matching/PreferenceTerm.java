package no.ankomst.settlement.matching;

import no.ankomst.settlement.matching.MatchHousehold.SizeClass;
import org.jspecify.annotations.Nullable;

/**
 * The preferences of the matching, each defined once here and used both by the solver's constraints and by the
 * explanation of a proposal (and by {@link MatchScore} and the greedy baseline): a term's contribution is
 * {@link MatchWeights#of its weight} times {@link #score its score}. Higher is better. None of them looks at
 * nationality, ethnicity or family type, which are not inputs.
 */
public enum PreferenceTerm {

    /** 100 when the household has family or friends in the municipality, otherwise 0. */
    FAMILY_TIES {
        @Override
        public int score(MatchHousehold household, MatchMunicipality municipality, int sameSizeClassThere) {
            return household.familyTies().contains(municipality.code()) ? 100 : 0;
        }

        @Override
        public boolean appliesTo(MatchHousehold household) {
            return !household.familyTies().isEmpty();
        }
    },

    /** 100 when the municipality was wished for in the settlement interview, otherwise 0. */
    WISHES {
        @Override
        public int score(MatchHousehold household, MatchMunicipality municipality, int sameSizeClassThere) {
            return household.wishes().contains(municipality.code()) ? 100 : 0;
        }

        @Override
        public boolean appliesTo(MatchHousehold household) {
            return !household.wishes().isEmpty();
        }
    },

    /** The share (0–100) of the household's needed services the municipality offers; 0 when it needs none. */
    SERVICES {
        @Override
        public int score(MatchHousehold household, MatchMunicipality municipality, int sameSizeClassThere) {
            if (household.neededServices().isEmpty()) {
                return 0;
            }
            int offered = 0;
            for (String service : household.neededServices()) {
                if (municipality.services().contains(service)) {
                    offered++;
                }
            }
            return 100 * offered / household.neededServices().size();
        }

        @Override
        public boolean appliesTo(MatchHousehold household) {
            return !household.neededServices().isEmpty();
        }
    },

    /**
     * Spreading singles and large households: a municipality takes {@link SizeClass#allowance its allowance} of
     * each class freely; beyond it the class's {@link #crowding crowding} grows with the square of the excess, and
     * each household of the class there carries an equal share of it (negative). {@code sameSizeClassThere} is the
     * number of households of this household's class in the municipality, this one included. The only term that
     * depends on other households; the solver scores it per municipality, {@link #crowding} being the sum of the
     * shares (up to rounding).
     */
    SIZE_SPREAD {
        @Override
        public int score(MatchHousehold household, MatchMunicipality municipality, int sameSizeClassThere) {
            SizeClass sizeClass = household.sizeClass();
            if (sizeClass == SizeClass.OTHER || sameSizeClassThere < 1) {
                return 0;
            }
            return (int) -Math.round((double) crowding(sameSizeClassThere, sizeClass.allowance(municipality))
                    / sameSizeClassThere);
        }
    },

    /** Minus the distance from today's centre, in tens of kilometres (Oslo–Tromsø about −115); 0 if unknown. */
    DISTANCE {
        @Override
        public int score(MatchHousehold household, MatchMunicipality municipality, int sameSizeClassThere) {
            @Nullable GeoPoint centre = household.centre();
            return centre == null ? 0 : (int) -Math.round(centre.distanceKm(municipality.location()) / 10);
        }
    };

    /**
     * This term's score for the household in the municipality, before weighting.
     *
     * @param sameSizeClassThere households of the household's size class in the municipality, this one included
     *        (only {@link #SIZE_SPREAD} uses it)
     */
    public abstract int score(MatchHousehold household, MatchMunicipality municipality, int sameSizeClassThere);

    /** Whether the term can score anything but 0 for the household (a shortcut for households it ignores). */
    public boolean appliesTo(MatchHousehold household) {
        return true;
    }

    /** Weight times score. */
    public long weighted(MatchWeights weights, MatchHousehold household, MatchMunicipality municipality,
            int sameSizeClassThere) {
        return (long) weights.of(this) * score(household, municipality, sameSizeClassThere);
    }

    /** Whether the term depends only on the household and the municipality (all but {@link #SIZE_SPREAD}). */
    public boolean pairwise() {
        return this != SIZE_SPREAD;
    }

    /**
     * The crowding of {@code count} households of one size class in a municipality that takes {@code allowance}
     * of them freely: the square of the excess (positive; the spread term subtracts it).
     */
    public static long crowding(int count, int allowance) {
        long excess = Math.max(0, count - (long) allowance);
        return excess * excess;
    }
}
