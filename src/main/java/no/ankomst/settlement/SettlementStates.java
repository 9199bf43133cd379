package no.ankomst.settlement;

/**
 * The values of {@code settlement_household.state} and {@code dwelling.state} that proposals move (V14's checks):
 * a household READY → PROPOSED (sent) → ACCEPTED → SETTLED, back to READY after a decline or withdrawal; a dwelling
 * OFFERED → RESERVED (accepted) → USED (settled), back to OFFERED when its proposal is withdrawn.
 */
final class SettlementStates {

    static final String READY = "READY";
    static final String PROPOSED = "PROPOSED";
    static final String ACCEPTED = "ACCEPTED";
    static final String SETTLED = "SETTLED";

    static final String OFFERED = "OFFERED";
    static final String RESERVED = "RESERVED";
    static final String USED = "USED";

    private SettlementStates() {
    }
}
