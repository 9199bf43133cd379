package no.ankomst.health;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import no.ankomst.base.WorklistItem;
import no.ankomst.base.WorklistSource;
import no.ankomst.health.TbRecords.TbFilter;
import no.ankomst.security.Capability;
import no.ankomst.security.Permissions;
import org.springframework.stereotype.Component;

/**
 * TB lines on the home page, for staff who follow TB at their sites: suspected active TB to refer now (health staff,
 * first and urgent), results pending (health staff), overdue, and due within seven days. Each counts the TB list's
 * own query for the filter its link opens ({@link #ROUTE}), over the user's whole scope.
 */
@Component
class TbWorklist implements WorklistSource {

    static final String ROUTE = "health/tb";
    static final TbFilter SUSPECTED = new TbFilter(null, Set.of(), null, null, false, true);
    static final TbFilter PENDING = new TbFilter(null, Set.of(), null, null, true, false);

    private final Permissions permissions;
    private final TbStatusService statuses;

    TbWorklist(Permissions permissions, TbStatusService statuses) {
        this.permissions = permissions;
        this.statuses = statuses;
    }

    @Override
    public List<WorklistItem> itemsForCurrentUser() {
        if (!permissions.may(Capability.FOLLOW_TB)) {
            return List.of();
        }
        List<WorklistItem> items = new ArrayList<>();
        if (permissions.may(Capability.READ_HEALTH)) {
            int suspected = statuses.count(SUSPECTED);
            if (suspected > 0) {
                items.add(new WorklistItem("worklist.tbSuspectedActive", suspected, ROUTE + "?suspected=true",
                        WorklistItem.Severity.ERROR));
            }
            int pending = statuses.count(PENDING);
            if (pending > 0) {
                items.add(new WorklistItem("worklist.tbResultsPending", pending, ROUTE + "?pending=true",
                        WorklistItem.Severity.WARNING));
            }
        }
        int overdue = statuses.count(TbFilter.status(TbStatus.OVERDUE));
        if (overdue > 0) {
            items.add(new WorklistItem("worklist.tbOverdue", overdue, ROUTE + "?status=OVERDUE",
                    WorklistItem.Severity.ERROR));
        }
        items.add(new WorklistItem("worklist.tbDue", statuses.count(TbFilter.status(TbStatus.DUE)),
                ROUTE + "?status=DUE", WorklistItem.Severity.WARNING));
        return items;
    }
}
