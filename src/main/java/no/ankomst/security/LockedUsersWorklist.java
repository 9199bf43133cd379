package no.ankomst.security;

import java.util.List;
import no.ankomst.base.WorklistItem;
import no.ankomst.base.WorklistSource;
import org.springframework.stereotype.Component;

/** Administrators see how many accounts are locked after failed logins right now. */
@Component
class LockedUsersWorklist implements WorklistSource {

    private final Permissions permissions;
    private final UserService users;

    LockedUsersWorklist(Permissions permissions, UserService users) {
        this.permissions = permissions;
        this.users = users;
    }

    @Override
    public List<WorklistItem> itemsForCurrentUser() {
        if (!permissions.may(Capability.ADMINISTER)) {
            return List.of();
        }
        return List.of(new WorklistItem("worklist.lockedUsers", users.countLockedOut(), "admin/users?locked=true",
                WorklistItem.Severity.WARNING));
    }
}
