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
        List<WorklistItem> items = new ArrayList<>();
        int late = children.count(new ChildFilter(null, SchoolingStatus.LATE, false, null, null));
        if (late > 0) {
            items.add(new WorklistItem("worklist.schoolLate", late, ROUTE + "?status=LATE", WorklistItem.Severity.ERROR));
        }
        int soon = children.count(new ChildFilter(null, SchoolingStatus.SOON_LATE, false, null, null));
        items.add(new WorklistItem("worklist.schoolSoonLate", soon, ROUTE + "?status=SOON_LATE",
                WorklistItem.Severity.WARNING));
        int gaps = children.count(new ChildFilter(null, null, true, null, null));
        if (gaps > 0) {
            items.add(new WorklistItem("worklist.activityGap", gaps, ROUTE + "?gap=true", WorklistItem.Severity.WARNING));
        }
        return items;
    }
}
