package no.ankomst.security;

import java.util.List;
import no.ankomst.base.WorklistItem;
import no.ankomst.base.WorklistSource;
import org.springframework.stereotype.Component;

/** Administrators see how many accounts are locked after failed logins right now. */
@Component
class LockedUsersWorklist implements WorklistSource {

    private final CurrentUser currentUser;
    private final UserService users;

    LockedUsersWorklist(CurrentUser currentUser, UserService users) {
        this.currentUser = currentUser;
        this.users = users;
    }

    @Override
    public List<WorklistItem> itemsForCurrentUser() {
        boolean admin = currentUser.get().map(user -> user.role() == Role.ADMIN).orElse(false);
        if (!admin) {
            return List.of();
        }
        return List.of(new WorklistItem("worklist.lockedUsers", users.countLockedOut(), "admin/users?locked=true",
                WorklistItem.Severity.WARNING));
    }
}
