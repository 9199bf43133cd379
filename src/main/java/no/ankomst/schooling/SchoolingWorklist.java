package no.ankomst.schooling;

import java.util.ArrayList;
import java.util.List;
import no.ankomst.base.WorklistItem;
import no.ankomst.base.WorklistSource;
import no.ankomst.schooling.SchoolingRecords.ChildFilter;
import no.ankomst.security.Capability;
import no.ankomst.security.Permissions;
import org.springframework.stereotype.Component;

/**
 * Children past their start-by day without having started school, those within 7 days of it, and children from 2
 * to school age with neither recent organised activity nor a kindergarten place. Each line counts the children list
 * with the filter its link opens, over the user's whole scope.
 */
@Component
class SchoolingWorklist implements WorklistSource {

    static final String ROUTE = "schooling/children";
    static final ChildFilter LATE = new ChildFilter(null, SchoolingStatus.LATE, false, null, null);
    static final ChildFilter SOON_LATE = new ChildFilter(null, SchoolingStatus.SOON_LATE, false, null, null);
    static final ChildFilter GAP = new ChildFilter(null, null, true, null, null);

    private final Permissions permissions;
    private final ChildrenService children;

    SchoolingWorklist(Permissions permissions, ChildrenService children) {
        this.permissions = permissions;
        this.children = children;
    }

    @Override
    public List<WorklistItem> itemsForCurrentUser() {
        if (!permissions.may(Capability.FOLLOW_SCHOOLING) || !permissions.may(Capability.READ_SCHOOLING)) {
            return List.of();
        }
        List<Integer> counts = children.counts(List.of(LATE, SOON_LATE, GAP));
        List<WorklistItem> items = new ArrayList<>();
        if (counts.get(0) > 0) {
            items.add(new WorklistItem("worklist.schoolLate", counts.get(0), ROUTE + "?status=LATE",
                    WorklistItem.Severity.ERROR));
        }
        items.add(new WorklistItem("worklist.schoolSoonLate", counts.get(1), ROUTE + "?status=SOON_LATE",
                WorklistItem.Severity.WARNING));
        if (counts.get(2) > 0) {
            items.add(new WorklistItem("worklist.activityGap", counts.get(2), ROUTE + "?gap=true",
                    WorklistItem.Severity.WARNING));
        }
        return items;
    }
}
