package no.ankomst.settlement;

import no.ankomst.protection.ProtectionGranted;
import no.ankomst.security.Capability;
import no.ankomst.security.SystemWork;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A granted case may make the person's household wait for an interview, or ready. Durable and retried; idempotent
 * (the row is recomputed from the permits and the interview, so a second delivery changes nothing).
 */
@Component
class GrantListener {

    static final String ACTOR = "settlement";

    private final SettlementPipeline pipeline;

    GrantListener(SettlementPipeline pipeline) {
        this.pipeline = pipeline;
    }

    @ApplicationModuleListener
    void on(ProtectionGranted granted) {
        SystemWork.as(ACTOR, Capability.READ_SETTLEMENT_PIPELINE).run(() -> pipeline.refreshForPerson(granted.personId()));
    }
}
