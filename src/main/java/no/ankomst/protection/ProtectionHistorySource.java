package no.ankomst.protection;

import java.util.List;
import java.util.Map;
import no.ankomst.residents.ResidentHistorySource;
import no.ankomst.security.Capability;
import no.ankomst.security.Permissions;
import org.springframework.stereotype.Component;

/**
 * Puts the person's protection case (opened, transitions, grant, renewal) and eligibility screenings into
 * the resident's history, for the roles that read protection matters (not health staff).
 */
@Component
class ProtectionHistorySource implements ResidentHistorySource {

    private final ProtectionHistoryRepository repository;
    private final Permissions permissions;

    ProtectionHistorySource(ProtectionHistoryRepository repository, Permissions permissions) {
        this.repository = repository;
        this.permissions = permissions;
    }

    @Override
    public Map<String, List<String>> records(List<Long> personIds) {
        if (!permissions.may(Capability.READ_PROTECTION) || personIds.isEmpty()) {
            return Map.of();
        }
        return Map.of(ProtectionCaseService.ENTITY, repository.caseIds(personIds),
                ScreeningService.ENTITY, repository.screeningIds(personIds));
    }
}
