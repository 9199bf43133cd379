package no.ankomst.protection;

import java.util.ArrayList;
import java.util.List;
import no.ankomst.base.WorklistItem;
import no.ankomst.base.WorklistSource;
import no.ankomst.protection.ProtectionCaseRecords.CaseFilter;
import no.ankomst.protection.ProtectionCaseRecords.WaitingSince;
import no.ankomst.security.Capability;
import no.ankomst.security.Permissions;
import org.springframework.stereotype.Component;

/**
 * Permits that need someone: expired without a renewal (an error: the person may have lost the right to
 * work), and those ending within the configured days. Each line opens the case list filtered to them.
 */
@Component
class PermitWorklist implements WorklistSource {

    private final Permissions permissions;
    private final ProtectionCaseService cases;

    PermitWorklist(Permissions permissions, ProtectionCaseService cases) {
        this.permissions = permissions;
        this.cases = cases;
    }

    @Override
    public List<WorklistItem> itemsForCurrentUser() {
        if (!permissions.may(Capability.FOLLOW_PERMITS)) {
            return List.of();
        }
        List<WorklistItem> items = new ArrayList<>();
        int expired = cases.count(new CaseFilter(null, null, null, WaitingSince.LAST_EVENT, null, true));
        if (expired > 0) {
            items.add(new WorklistItem("worklist.permitExpired", expired, "cases?expired=true",
                    WorklistItem.Severity.ERROR));
        }
        int days = cases.expiringWithinDays();
        int expiring = cases.count(new CaseFilter(null, null, null, WaitingSince.LAST_EVENT, days, false));
        items.add(new WorklistItem("worklist.permitExpiring", expiring, "cases?expiring=" + days,
                WorklistItem.Severity.WARNING));
        return items;
    }
}
