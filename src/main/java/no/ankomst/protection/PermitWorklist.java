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
 * work), and those ending within the configured days, of the people staying now at the user's sites (at any site
 * for managers). Each line opens the case list filtered to them.
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
        int days = cases.expiringWithinDays();
        List<Integer> counts = cases.counts(List.of(
                new CaseFilter(null, null, null, WaitingSince.LAST_EVENT, null, true, true),
                new CaseFilter(null, null, null, WaitingSince.LAST_EVENT, days, false, true)));
        List<WorklistItem> items = new ArrayList<>();
        if (counts.get(0) > 0) {
            items.add(new WorklistItem("worklist.permitExpired", counts.get(0), "cases?expired=true&present=true",
                    WorklistItem.Severity.ERROR));
        }
        items.add(new WorklistItem("worklist.permitExpiring", counts.get(1), "cases?expiring=" + days + "&present=true",
                WorklistItem.Severity.WARNING));
        return items;
    }
}
