package no.ankomst.settlement;

/**
 * The values of {@code settlement_household.state} and {@code dwelling.state} that proposals move (V14's checks):
 * a household READY → PROPOSED (sent) → ACCEPTED → SETTLED, back to READY after a decline or withdrawal; a dwelling
 * OFFERED → RESERVED (accepted) → USED (settled), back to OFFERED when its proposal is withdrawn.
 */
final class SettlementStates {

    static final String READY = SettlementState.READY.name();
    static final String PROPOSED = SettlementState.PROPOSED.name();
    static final String ACCEPTED = SettlementState.ACCEPTED.name();
    static final String SETTLED = SettlementState.SETTLED.name();

    static final String OFFERED = "OFFERED";
    static final String RESERVED = "RESERVED";
    static final String USED = "USED";

    private SettlementStates() {
    }
}
