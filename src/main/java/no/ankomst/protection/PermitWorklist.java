package no.ankomst.protection;

import java.util.ArrayList;
import java.util.List;
import no.ankomst.base.WorklistItem;
import no.ankomst.base.WorklistSource;
import no.ankomst.protection.ProtectionCaseRecords.CaseFilter;
import no.ankomst.protection.ProtectionCaseRecords.WaitingSince;
import no.ankomst.security.CurrentUser;
import no.ankomst.security.Role;
import org.springframework.stereotype.Component;

/**
 * Permits that need someone: expired without a renewal (an error: the person may have lost the right to
 * work), and those ending within the configured days. Each line opens the case list filtered to them.
 */
@Component
class PermitWorklist implements WorklistSource {

    private final CurrentUser currentUser;
    private final ProtectionCaseService cases;

    PermitWorklist(CurrentUser currentUser, ProtectionCaseService cases) {
        this.currentUser = currentUser;
        this.cases = cases;
    }

    @Override
    public List<WorklistItem> itemsForCurrentUser() {
        boolean works = currentUser.get().map(user -> user.role() == Role.CENTRE_STAFF || user.role() == Role.MANAGER)
                .orElse(false);
        if (!works) {
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
