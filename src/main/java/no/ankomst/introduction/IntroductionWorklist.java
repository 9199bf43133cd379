package no.ankomst.introduction;

import java.util.ArrayList;
import java.util.List;
import no.ankomst.base.WorklistItem;
import no.ankomst.base.WorklistSource;
import no.ankomst.introduction.IntroductionRecords.ParticipantFilter;
import no.ankomst.security.Capability;
import no.ankomst.security.Permissions;
import org.springframework.stereotype.Component;

/**
 * The coordinator's programme starts past their start-by day, and those within 14 days of it. Each line counts the
 * participants list with the filter its link opens.
 */
@Component
class IntroductionWorklist implements WorklistSource {

    static final String ROUTE = "introduction/participants";

    private final Permissions permissions;
    private final ParticipantsService participants;

    IntroductionWorklist(Permissions permissions, ParticipantsService participants) {
        this.permissions = permissions;
        this.participants = participants;
    }

    @Override
    public List<WorklistItem> itemsForCurrentUser() {
        if (!permissions.may(Capability.FOLLOW_INTRODUCTION) || !permissions.may(Capability.READ_INTRODUCTION)) {
            return List.of();
        }
        List<WorklistItem> items = new ArrayList<>();
        int late = participants.count(new ParticipantFilter(null, IntroductionStatus.LATE));
        if (late > 0) {
            items.add(new WorklistItem("worklist.introductionLate", late, ROUTE + "?status=LATE",
                    WorklistItem.Severity.ERROR));
        }
        int near = participants.count(new ParticipantFilter(null, IntroductionStatus.NEAR_LATE));
        items.add(new WorklistItem("worklist.introductionNearLate", near, ROUTE + "?status=NEAR_LATE",
                WorklistItem.Severity.WARNING));
        return items;
    }
}
