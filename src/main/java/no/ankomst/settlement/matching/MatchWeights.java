package no.ankomst.settlement.matching;

/**
 * How much each preference term counts (configuration {@code ankomst.settlement.matching.*}, bound by the caller).
 * A term's contribution is its weight times its score ({@link PreferenceTerm}); zero switches a term off.
 */
public record MatchWeights(int familyTies, int wishes, int services, int sizeSpread, int distance) {

    /** Family ties first, then the services needed, the interview's wishes, spread, and distance. */
    public static final MatchWeights DEFAULTS = new MatchWeights(10, 6, 8, 5, 3);

    public MatchWeights {
        if (familyTies < 0 || wishes < 0 || services < 0 || sizeSpread < 0 || distance < 0) {
            throw new IllegalArgumentException("matching weights cannot be negative");
        }
        if (Math.max(Math.max(familyTies, wishes), Math.max(Math.max(services, sizeSpread), distance)) > 1000) {
            throw new IllegalArgumentException("matching weights are at most 1000");
        }
    }

    public int of(PreferenceTerm term) {
        return switch (term) {
            case FAMILY_TIES -> familyTies;
            case WISHES -> wishes;
            case SERVICES -> services;
            case SIZE_SPREAD -> sizeSpread;
            case DISTANCE -> distance;
        };
    }
}
