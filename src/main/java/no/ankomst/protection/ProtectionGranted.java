package no.ankomst.protection;

import java.time.LocalDate;

/**
 * Published when UDI's grant is recorded, inside the granting transaction. Later features (settlement,
 * introduction programme) react with {@code @ApplicationModuleListener}: after the commit, in a transaction of
 * their own, through the durable event registry, so they see only committed grants, never call back into the
 * case service, and lose nothing when they fail or the node dies (the publication is retried; a listener must
 * be idempotent).
 */
public record ProtectionGranted(long personId, long caseId, LocalDate permitFrom, LocalDate permitTo) {
}
