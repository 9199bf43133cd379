package no.ankomst.protection;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.ankomst.base.ValidationException.Violation;
import no.ankomst.residents.MergeParticipant;
import org.springframework.stereotype.Component;

/**
 * Merging two records of one person keeps their protection rows: every screening moves to the survivor;
 * the duplicate's case, with its history and permits, moves when the survivor has none. A person has one
 * case (the schema's rule), so two cases refuse the merge: two open ones as a conflict UDI must sort out,
 * an open and a closed one because the closed case could not be kept.
 */
@Component
class ProtectionMergeParticipant implements MergeParticipant {

    private final ProtectionMergeRepository repository;

    ProtectionMergeParticipant(ProtectionMergeRepository repository) {
        this.repository = repository;
    }

    @Override
    public Optional<Violation> check(long duplicateId, long survivorId) {
        Optional<CaseState> duplicate = repository.caseStateOf(duplicateId);
        Optional<CaseState> survivor = repository.caseStateOf(survivorId);
        if (duplicate.isEmpty() || survivor.isEmpty()) {
            return Optional.empty();
        }
        boolean bothOpen = duplicate.get().open() && survivor.get().open();
        return Optional.of(new Violation("protectionCase", bothOpen ? "validation.merge.twoOpenCases"
                : "validation.merge.twoCases", List.of()));
    }

    @Override
    public String move(long duplicateId, long survivorId) {
        List<String> moved = new ArrayList<>();
        if (repository.caseStateOf(survivorId).isEmpty() && repository.moveCase(duplicateId, survivorId) > 0) {
            moved.add("1 protection case");
        }
        int screenings = repository.moveScreenings(duplicateId, survivorId);
        if (screenings > 0) {
            moved.add(screenings + " eligibility screenings");
        }
        return String.join(", ", moved);
    }
}
