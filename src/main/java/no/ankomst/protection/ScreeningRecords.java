package no.ankomst.protection;

import java.time.Instant;
import java.util.List;
import no.ankomst.residents.ResidentRecords.ResidentDetail;
import org.jspecify.annotations.Nullable;

/** The values the screening service takes and gives. */
public final class ScreeningRecords {

    private ScreeningRecords() {
    }

    /**
     * What staff send. With {@code qualifyingPersonId} (someone in the same household) the family link uses that
     * person's latest advice instead of the outcome typed into the facts.
     */
    public record ScreeningInput(ScreeningFacts facts, @Nullable Long qualifyingPersonId) {
    }

    /** A saved screening: the facts as recorded, the advice as given then, and who gave it. */
    public record Screening(long id, long personId, int version, ScreeningFacts facts, @Nullable Long qualifyingPersonId,
                            ScreeningAdvice advice, String screenedBy, Instant screenedAt) {
    }

    /**
     * A member of the person's household who may be the qualifying person, with their latest outcome and the
     * screened person's relation to them when the household's relations tell it.
     */
    public record QualifyingCandidate(long personId, String name, @Nullable ScreeningOutcome outcome,
                                      @Nullable ScreeningRelation suggestedRelation) {
    }

    /** Everything the screening screen starts from: the person, their latest screening, their household. */
    public record ScreeningSubject(ResidentDetail person, @Nullable Screening latest,
                                   List<QualifyingCandidate> candidates) {
    }
}
