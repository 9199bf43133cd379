package no.ankomst.settlement.matching;

import org.jspecify.annotations.Nullable;

/**
 * The matching's proposal for one household: a municipality and a dwelling there, or unassigned with the
 * reason. A person decides; the proposal only suggests.
 *
 * @param explanation the score per term and the best two alternatives (for an unassigned household: no terms,
 *        and the municipalities that would have fitted had their places not gone to others)
 */
public record Proposal(long householdId, @Nullable String municipalityCode, @Nullable String dwellingId,
        @Nullable UnassignedReason unassignedReason, Explanation explanation) {

    public Proposal {
        if ((municipalityCode == null) == (unassignedReason == null) || (municipalityCode == null) != (dwellingId == null)) {
            throw new IllegalArgumentException("a proposal has a municipality and a dwelling, or a reason");
        }
    }

    public boolean assigned() {
        return municipalityCode != null;
    }

    /** The proposal's score: the sum of its explanation's terms. */
    public long score() {
        return explanation.total();
    }
}
