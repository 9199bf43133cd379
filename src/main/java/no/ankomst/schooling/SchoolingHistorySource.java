package no.ankomst.schooling;

import java.util.List;
import java.util.Map;
import no.ankomst.residents.ResidentHistorySource;
import no.ankomst.security.Capability;
import no.ankomst.security.Permissions;
import org.springframework.stereotype.Component;

/**
 * Puts a child's enrolments, kindergarten places and activity days into the resident's history, for the roles that
 * read schooling (not health staff, not coordinators).
 */
@Component
class SchoolingHistorySource implements ResidentHistorySource {

    private final SchoolingHistoryRepository repository;
    private final Permissions permissions;

    SchoolingHistorySource(SchoolingHistoryRepository repository, Permissions permissions) {
        this.repository = repository;
        this.permissions = permissions;
    }

    @Override
    public Map<String, List<String>> records(List<Long> personIds) {
        if (!permissions.may(Capability.READ_SCHOOLING) || personIds.isEmpty()) {
            return Map.of();
        }
        return Map.of(EnrolmentService.ENTITY, repository.enrolmentIds(personIds),
                KindergartenService.PLACE, repository.placeIds(personIds),
                // activity lines are audited under the person's id
                KindergartenService.ACTIVITY, personIds.stream().map(String::valueOf).toList());
    }
}
