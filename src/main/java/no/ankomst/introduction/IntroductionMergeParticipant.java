package no.ankomst.introduction;

import java.util.List;
import java.util.Optional;
import no.ankomst.base.ValidationException.Violation;
import no.ankomst.residents.MergeParticipant;
import org.springframework.stereotype.Component;

/**
 * Merging two records of one person keeps their introduction-programme right: the duplicate's moves to the survivor.
 * A person has one right (the schema's unique key), so two records that each have one refuse the merge: which one
 * stands (its dates, its participation) is a coordinator's decision, not a merge's.
 */
@Component
class IntroductionMergeParticipant implements MergeParticipant {

    private final IntroductionMergeRepository repository;

    IntroductionMergeParticipant(IntroductionMergeRepository repository) {
        this.repository = repository;
    }

    @Override
    public Optional<Violation> check(long duplicateId, long survivorId) {
        return repository.rightsOf(duplicateId, survivorId) > 1
                ? Optional.of(new Violation("introduction", "validation.merge.twoIntroductionRights", List.of()))
                : Optional.empty();
    }

    @Override
    public String move(long duplicateId, long survivorId) {
        return repository.moveRight(duplicateId, survivorId) > 0 ? "1 introduction-programme right" : "";
    }
}
