package no.ankomst.settlement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.ankomst.base.ValidationException.Violation;
import no.ankomst.residents.MergeParticipant;
import org.springframework.stereotype.Component;

/**
 * Merging two records of one person keeps what settlement knows of them: interview answers, membership of a
 * proposal (with its settlement date) and the municipality of residence move to the survivor. Two records in the same
 * proposal, or both already settled, refuse the merge: one person cannot be settled twice, and which settlement stands
 * is the coordinator's decision.
 */
@Component
class SettlementMergeParticipant implements MergeParticipant {

    private final SettlementMergeRepository repository;

    SettlementMergeParticipant(SettlementMergeRepository repository) {
        this.repository = repository;
    }

    @Override
    public Optional<Violation> check(long duplicateId, long survivorId) {
        if (repository.bothInOneProposal(duplicateId, survivorId)) {
            return Optional.of(new Violation("settlement", "validation.merge.bothInOneProposal", List.of()));
        }
        if (repository.bothSettled(duplicateId, survivorId)) {
            return Optional.of(new Violation("settlement", "validation.merge.bothSettled", List.of()));
        }
        return Optional.empty();
    }

    @Override
    public String move(long duplicateId, long survivorId) {
        List<String> moved = new ArrayList<>();
        int answers = repository.moveInterviewAnswers(duplicateId, survivorId);
        if (answers > 0) {
            moved.add(answers + " settlement interview answers");
        }
        int memberships = repository.moveMemberships(duplicateId, survivorId);
        if (memberships > 0) {
            moved.add(memberships + " settlement proposals");
        }
        if (repository.moveMunicipality(duplicateId, survivorId) > 0) {
            moved.add("municipality of residence");
        }
        return String.join(", ", moved);
    }
}
