package no.ankomst.audit;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and reads the audit trail. Writes of changes join the caller's transaction, so a change and its
 * audit line are saved together or not at all; reads of sensitive data are recorded on their own
 * ({@link #recordRead}). The actor is whoever is in the security context: a username, or
 * {@code system:<job>} for work run through {@code SystemWork}.
 */
@Service
public class AuditService {

    private static final int MAX_SUMMARY = 2000;
    private static final int MAX_PAGE = 1000;

    private final AuditRepository repository;
    private final Clock clock;

    AuditService(AuditRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Records an action of the signed-in user. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditAction action, String entityType, Object entityId, String summary) {
        write(currentActor(), action, entityType, String.valueOf(entityId), summary);
    }

    /**
     * Records that sensitive data (health results, identity documents in bulk) were read by the current actor.
     * Runs in a transaction of its own, committed at once, so it works from {@code readOnly} service methods
     * and stays when the caller's transaction rolls back afterwards: the data left the database all the same,
     * and who saw it must not depend on what the caller did next. Call it after the read, before the data are
     * returned: if the audit row cannot be written, the read fails too (no audit, no data).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordRead(AuditAction action, String entityType, Object entityId, String summary) {
        write(currentActor(), action, entityType, String.valueOf(entityId), summary);
    }

    /** Records an event before or outside a session (logins); runs in its own transaction. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAs(String actor, AuditAction action, @Nullable String entityType, @Nullable Object entityId,
                         String summary) {
        write(actor, action, entityType, entityId == null ? null : String.valueOf(entityId), summary);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AuditEntry> page(AuditFilter filter, int offset, int limit) {
        return repository.page(filter, clock.getZone(), offset, limit);
    }

    /**
     * The trail of a few records, newest first: {@code records} maps an entity type to its ids. For a
     * feature's own history view; that feature checks first that the caller may see those records.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AuditEntry> trailOf(Map<String, ? extends Collection<String>> records, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("bad page: offset " + offset + ", limit " + limit);
        }
        return repository.trailOf(records, offset, limit);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<String> actions() {
        return repository.actions();
    }

    private void write(String actor, AuditAction action, @Nullable String entityType, @Nullable String entityId,
                       String summary) {
        String shortActor = actor.isBlank() ? "(empty)" : truncate(actor, 100);
        repository.insert(clock.instant(), shortActor, action.name(), entityType, entityId, truncate(summary, MAX_SUMMARY));
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
