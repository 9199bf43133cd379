package no.ankomst.settlement;

/**
 * A household's place in the settlement pipeline (table settlement_household). Settlement's core moves households
 * among the first three (a permit granted, an interview saved); proposals move them on, and back to {@link #READY}
 * after a decline.
 */
public enum SettlementState {
    /** Some member's protection case is not granted yet. */
    WAITING_PERMIT,
    /** Every member is granted; the settlement interview is not held yet. */
    WAITING_INTERVIEW,
    /** Every member is granted and the interview is done: may be matched and proposed. */
    READY,
    PROPOSED,
    ACCEPTED,
    SETTLED;

    /** The states settlement's core computes from the permits and the interview. */
    public boolean beforeProposal() {
        return this == WAITING_PERMIT || this == WAITING_INTERVIEW || this == READY;
    }

    public String i18nKey() {
        return "settlement.state." + name();
    }
}
