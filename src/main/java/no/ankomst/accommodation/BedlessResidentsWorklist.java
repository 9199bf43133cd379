package no.ankomst.accommodation;

import java.util.List;
import no.ankomst.base.WorklistItem;
import no.ankomst.base.WorklistSource;
import no.ankomst.security.CurrentUser;
import no.ankomst.security.Role;
import org.springframework.stereotype.Component;

/**
 * Centre staff see how many residents of their sites still wait for a bed; the board shows who. The count is
 * the board's own "without a bed" query, counted, so the line never promises people the board does not list.
 */
@Component
class BedlessResidentsWorklist implements WorklistSource {

    private final CurrentUser currentUser;
    private final OccupancyService occupancy;

    BedlessResidentsWorklist(CurrentUser currentUser, OccupancyService occupancy) {
        this.currentUser = currentUser;
        this.occupancy = occupancy;
    }

    @Override
    public List<WorklistItem> itemsForCurrentUser() {
        boolean centreStaff = currentUser.get().map(user -> user.role() == Role.CENTRE_STAFF).orElse(false);
        if (!centreStaff) {
            return List.of();
        }
        return List.of(new WorklistItem("worklist.withoutBed", occupancy.countWithoutBed(), "occupancy",
                WorklistItem.Severity.WARNING));
    }
}
