package no.ankomst.settlement;

import java.util.ArrayList;
import java.util.List;
import no.ankomst.base.WorklistItem;
import no.ankomst.base.WorklistSource;
import no.ankomst.settlement.ProposalRecords.MunicipalityOverview;
import org.springframework.stereotype.Component;

/**
 * The coordinator's lines: proposals waiting for an answer, households settling in the next 14 days, and places
 * left this year; each opens the municipality page, whose figures come from the same overview.
 */
@Component
class CoordinatorWorklist implements WorklistSource {

    static final String ROUTE = "settlement/municipality";

    private final CoordinatorService coordinator;

    CoordinatorWorklist(CoordinatorService coordinator) {
        this.coordinator = coordinator;
    }

    @Override
    public List<WorklistItem> itemsForCurrentUser() {
        if (!coordinator.available()) {
            return List.of();
        }
        MunicipalityOverview overview = coordinator.overview();
        List<WorklistItem> items = new ArrayList<>();
        items.add(new WorklistItem("worklist.proposalsWaiting", overview.proposalsWaiting(), ROUTE,
                overview.proposalsWaiting() > 0 ? WorklistItem.Severity.WARNING : WorklistItem.Severity.INFO));
        items.add(new WorklistItem("worklist.settlementsSoon", overview.settlementsSoon(), ROUTE,
                WorklistItem.Severity.INFO));
        if (overview.decidedPersons() != null) {
            items.add(new WorklistItem("worklist.placesLeft",
                    Math.max(0, overview.decidedPersons() - overview.acceptedPersons()), ROUTE, WorklistItem.Severity.INFO));
        }
        return items;
    }
}
