package no.ankomst.accommodation;

import java.util.List;
import no.ankomst.base.WorklistItem;
import no.ankomst.base.WorklistSource;
import no.ankomst.security.Capability;
import no.ankomst.security.Permissions;
import org.springframework.stereotype.Component;

/** Centre staff see how many residents of their sites still wait for a bed; the board shows who. */
@Component
class BedlessResidentsWorklist implements WorklistSource {

    private final Permissions permissions;
    private final StayService stays;

    BedlessResidentsWorklist(Permissions permissions, StayService stays) {
        this.permissions = permissions;
        this.stays = stays;
    }

    @Override
    public List<WorklistItem> itemsForCurrentUser() {
        if (!permissions.may(Capability.FOLLOW_BEDLESS)) {
            return List.of();
        }
        return List.of(new WorklistItem("worklist.withoutBed", stays.countWithoutBed(), "occupancy",
                WorklistItem.Severity.WARNING));
    }
}
