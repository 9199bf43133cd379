package no.ankomst.residents;

import java.util.Optional;
import no.ankomst.base.ValidationException.Violation;

/**
 * A feature that keeps rows about a person (protection cases, screenings, later health and school) takes part
 * in merging two records of that person, so nothing of the duplicate is lost and residents need not know the
 * feature: it provides a Spring bean. Both methods run inside the merge's transaction, after the records are
 * claimed; {@link #move} only after every participant's {@link #check} passed.
 */
public interface MergeParticipant {

    /**
     * Why the duplicate cannot be merged into the survivor, as far as this feature's rows go. A feature whose rows
     * can always be moved keeps this default: nothing refuses.
     */
    default Optional<Violation> check(long duplicateId, long survivorId) {
        return Optional.empty();
    }

    /**
     * Moves the duplicate's rows to the survivor.
     *
     * @return what moved, for the merge's audit line ("1 protection case, 2 screenings"); empty if nothing did
     */
    String move(long duplicateId, long survivorId);
}
