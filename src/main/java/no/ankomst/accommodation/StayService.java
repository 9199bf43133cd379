package no.ankomst.accommodation;

import java.time.LocalDate;
import no.ankomst.audit.AuditAction;
import no.ankomst.audit.AuditService;
import no.ankomst.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stays at sites: who sleeps where, from when to when. */
@Service
public class StayService {

    static final String ENTITY = "stay";

    private final StayRepository repository;
    private final CurrentUser currentUser;
    private final AuditService audit;

    StayService(StayRepository repository, CurrentUser currentUser, AuditService audit) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** Checks a person in at a site, into a bed or not yet assigned one ({@code bedId} null). */
    @Transactional
    public long checkIn(long personId, long siteId, @Nullable Long bedId, LocalDate on) {
        if (!currentUser.scope().coversSite(siteId)) {
            throw new AccessDeniedException("site " + siteId + " is outside the user's scope");
        }
        long id = repository.insert(personId, siteId, bedId, on);
        audit.record(AuditAction.CHECKED_IN, ENTITY, id, "person " + personId + " checked in at site " + siteId
                + (bedId == null ? " without a bed" : " in bed " + bedId) + " on " + on);
        return id;
    }
}
