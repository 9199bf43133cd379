package no.ankomst.settlement;

import no.ankomst.base.ConflictException;
import no.ankomst.security.Capability;
import no.ankomst.security.Permissions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Is this household ready for a proposal, and if not, what is missing?" For proposals (which refuse a proposal
 * for a household that is not ready, naming what is missing) and the screens. Computed from the members' cases and
 * the interview when asked, so it never lags behind the pipeline row.
 */
@Service
public class SettlementReadiness {

    private final SettlementPipeline pipeline;
    private final PipelineRepository repository;
    private final Permissions permissions;

    SettlementReadiness(SettlementPipeline pipeline, PipelineRepository repository, Permissions permissions) {
        this.pipeline = pipeline;
        this.repository = repository;
        this.permissions = permissions;
    }

    /** @throws ConflictException for a household without members (unknown or emptied by merges) */
    @Transactional(readOnly = true)
    public Readiness of(long householdId) {
        permissions.require(Capability.READ_SETTLEMENT);
        if (!repository.householdExists(householdId)) {
            throw new ConflictException(SettlementPipeline.ENTITY, householdId);
        }
        return pipeline.readiness(householdId);
    }
}
