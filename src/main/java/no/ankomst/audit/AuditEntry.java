package no.ankomst.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of the audit trail. */
public record AuditEntry(long id, Instant occurredAt, String actor, String action, @Nullable String entityType,
                         @Nullable String entityId, String summary) {
}
