package no.ankomst.accommodation;

import java.util.List;
import no.ankomst.base.WorklistItem;
import no.ankomst.base.WorklistSource;
import no.ankomst.security.Capability;
import no.ankomst.security.Permissions;
import org.springframework.stereotype.Component;

/**
 * Centre staff see how many residents of their sites still wait for a bed; the board shows who. The count is
 * the board's own "without a bed" query, counted, so the line never promises people the board does not list.
 */
@Component
class BedlessResidentsWorklist implements WorklistSource {

    private final Permissions permissions;
    private final OccupancyService occupancy;

    BedlessResidentsWorklist(Permissions permissions, OccupancyService occupancy) {
        this.permissions = permissions;
        this.occupancy = occupancy;
    }

    @Override
    public List<WorklistItem> itemsForCurrentUser() {
        if (!permissions.may(Capability.FOLLOW_BEDLESS)) {
            return List.of();
        }
        return List.of(new WorklistItem("worklist.withoutBed", occupancy.countWithoutBed(), "occupancy",
                WorklistItem.Severity.WARNING));
    }
}
