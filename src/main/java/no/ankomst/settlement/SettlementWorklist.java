package no.ankomst.settlement;

import java.util.ArrayList;
import java.util.List;
import no.ankomst.base.WorklistItem;
import no.ankomst.base.WorklistSource;
import no.ankomst.security.Capability;
import no.ankomst.security.Permissions;
import no.ankomst.settlement.PipelineRecords.Due;
import no.ankomst.settlement.PipelineRecords.PipelineFilter;
import org.springframework.stereotype.Component;

/** Households past or near their settlement target: the same count as the pipeline list each line opens. */
@Component
class SettlementWorklist implements WorklistSource {

    static final String ROUTE = "settlement/pipeline";

    private final Permissions permissions;
    private final PipelineService pipeline;

    SettlementWorklist(Permissions permissions, PipelineService pipeline) {
        this.permissions = permissions;
        this.pipeline = pipeline;
    }

    @Override
    public List<WorklistItem> itemsForCurrentUser() {
        if (!permissions.may(Capability.FOLLOW_SETTLEMENT) || !permissions.may(Capability.READ_SETTLEMENT_PIPELINE)) {
            return List.of();
        }
        List<WorklistItem> items = new ArrayList<>();
        int past = pipeline.count(new PipelineFilter(null, null, Due.PAST));
        if (past > 0) {
            items.add(new WorklistItem("worklist.settlementPast", past, ROUTE + "?due=PAST",
                    WorklistItem.Severity.ERROR));
        }
        int near = pipeline.count(new PipelineFilter(null, null, Due.NEAR));
        if (near > 0) {
            items.add(new WorklistItem("worklist.settlementNear", near, ROUTE + "?due=NEAR",
                    WorklistItem.Severity.WARNING));
        }
        return items;
    }
}
