package no.ankomst.settlement;

/**
 * Where a proposal stands (V14 {@code settlement_proposal.state}): DRAFT while the officer may still override it,
 * SENT for the coordinator to decide, ACCEPTED or DECLINED (with a reason) by the coordinator, WITHDRAWN by the
 * officer (or replaced by the next run while a draft). DRAFT, SENT and ACCEPTED are open: one per household.
 */
public enum ProposalState {
    DRAFT,
    SENT,
    ACCEPTED,
    DECLINED,
    WITHDRAWN;

    public String i18nKey() {
        return "settlement.proposalState." + name();
    }
}
