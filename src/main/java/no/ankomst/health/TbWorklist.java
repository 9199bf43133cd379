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
 * own conditions for the filter its link opens ({@link #ROUTE}), over the user's whole scope, all in one query.
 */
@Component
class TbWorklist implements WorklistSource {

    static final String ROUTE = "health/tb";
    static final TbFilter SUSPECTED = new TbFilter(null, Set.of(), null, null, false, true);
    static final TbFilter PENDING = new TbFilter(null, Set.of(), null, null, true, false);
    static final TbFilter OVERDUE = TbFilter.status(TbStatus.OVERDUE);
    static final TbFilter DUE = TbFilter.status(TbStatus.DUE);

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
        boolean health = permissions.may(Capability.READ_HEALTH);
        List<TbFilter> filters = health ? List.of(OVERDUE, DUE, SUSPECTED, PENDING) : List.of(OVERDUE, DUE);
        List<Integer> counts = statuses.counts(filters);
        List<WorklistItem> items = new ArrayList<>();
        if (health) {
            addIfAny(items, "worklist.tbSuspectedActive", counts.get(2), ROUTE + "?suspected=true",
                    WorklistItem.Severity.ERROR);
            addIfAny(items, "worklist.tbResultsPending", counts.get(3), ROUTE + "?pending=true",
                    WorklistItem.Severity.WARNING);
        }
        addIfAny(items, "worklist.tbOverdue", counts.get(0), ROUTE + "?status=OVERDUE", WorklistItem.Severity.ERROR);
        items.add(new WorklistItem("worklist.tbDue", counts.get(1), ROUTE + "?status=DUE",
                WorklistItem.Severity.WARNING));
        return items;
    }

    private static void addIfAny(List<WorklistItem> items, String key, int count, String route,
                                 WorklistItem.Severity severity) {
        if (count > 0) {
            items.add(new WorklistItem(key, count, route, severity));
        }
    }
}
