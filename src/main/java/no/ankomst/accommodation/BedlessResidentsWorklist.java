package no.ankomst.accommodation;

import java.util.List;
import no.ankomst.base.WorklistItem;
import no.ankomst.base.WorklistSource;
import no.ankomst.security.CurrentUser;
import no.ankomst.security.Role;
import org.springframework.stereotype.Component;

/** Centre staff see how many residents of their sites still wait for a bed; the board shows who. */
@Component
class BedlessResidentsWorklist implements WorklistSource {

    private final CurrentUser currentUser;
    private final StayService stays;

    BedlessResidentsWorklist(CurrentUser currentUser, StayService stays) {
        this.currentUser = currentUser;
        this.stays = stays;
    }

    @Override
    public List<WorklistItem> itemsForCurrentUser() {
        boolean centreStaff = currentUser.get().map(user -> user.role() == Role.CENTRE_STAFF).orElse(false);
        if (!centreStaff) {
            return List.of();
        }
        return List.of(new WorklistItem("worklist.withoutBed", stays.countWithoutBed(), "occupancy",
                WorklistItem.Severity.WARNING));
    }
}
