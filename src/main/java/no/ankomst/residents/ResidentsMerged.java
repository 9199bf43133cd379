package no.ankomst.residents;

/**
 * Two records of one person were merged: {@code duplicateId} now leads to {@code survivorId}. Published inside
 * the merge's transaction and delivered through the durable event registry after it commits, for reactions
 * after the fact (recompute a due date, tell a municipality). It cannot refuse or undo the merge: what must
 * move with the merge, or refuse it, is a {@link MergeParticipant}, which runs inside the merge's transaction.
 */
public record ResidentsMerged(long survivorId, long duplicateId) {
}
