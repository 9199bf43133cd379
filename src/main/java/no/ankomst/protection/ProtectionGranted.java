package no.ankomst.protection;

import java.time.LocalDate;

/**
 * Published when UDI's grant is recorded, inside the granting transaction. Later features (settlement,
 * introduction programme) react with {@code @TransactionalEventListener}, so they see only committed grants
 * and never call back into the case service.
 */
public record ProtectionGranted(long personId, long caseId, LocalDate permitFrom, LocalDate permitTo) {
}
