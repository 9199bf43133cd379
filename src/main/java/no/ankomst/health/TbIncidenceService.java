package no.ankomst.health;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import no.ankomst.security.Capability;
import no.ankomst.security.Permissions;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People's TB incidence class (FHI's list, dated) for choosing their test ({@link TbRules#testFor}): the highest
 * class of their citizenships valid on the day; a country not on the list is low. The class says nothing about
 * health, but it comes from citizenship, so it is only for those who book or record screenings.
 */
@Service
public class TbIncidenceService {

    private final TbIncidenceRepository repository;
    private final Permissions permissions;

    TbIncidenceService(TbIncidenceRepository repository, Permissions permissions) {
        this.repository = repository;
        this.permissions = permissions;
    }

    /** Each person's class on {@code day}; unknown ids are left out. */
    @Transactional(readOnly = true)
    public Map<Long, Incidence> incidenceOf(Collection<Long> personIds, LocalDate day) {
        if (!permissions.may(Capability.BOOK_SCREENING) && !permissions.may(Capability.RECORD_HEALTH)) {
            throw new AccessDeniedException("incidence classes are for those who book or record screenings");
        }
        if (personIds.isEmpty()) {
            return Map.of();
        }
        return repository.incidenceOf(personIds, day);
    }
}
