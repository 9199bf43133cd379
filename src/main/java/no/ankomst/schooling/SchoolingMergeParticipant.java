package no.ankomst.schooling;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.ankomst.base.ValidationException.Violation;
import no.ankomst.residents.MergeParticipant;
import org.springframework.stereotype.Component;

/**
 * Merging two records of one child keeps their schooling: enrolments, kindergarten places, activity days, needs
 * and rights move to the survivor. Enrolments that overlap, or two open kindergarten places, refuse the merge (the
 * schema allows neither for one child).
 */
@Component
class SchoolingMergeParticipant implements MergeParticipant {

    private final SchoolingMoveRepository repository;

    SchoolingMergeParticipant(SchoolingMoveRepository repository) {
        this.repository = repository;
    }

    @Override
    public Optional<Violation> check(long duplicateId, long survivorId) {
        if (repository.enrolmentsOverlap(duplicateId, survivorId)) {
            return Optional.of(new Violation("schoolEnrolment", "validation.merge.overlappingEnrolments", List.of()));
        }
        if (repository.bothHaveOpenPlaces(duplicateId, survivorId)) {
            return Optional.of(new Violation("kindergarten", "validation.merge.twoKindergartenPlaces", List.of()));
        }
        return Optional.empty();
    }

    @Override
    public String move(long duplicateId, long survivorId) {
        List<String> moved = new ArrayList<>();
        int enrolments = repository.moveEnrolments(duplicateId, survivorId);
        if (enrolments > 0) {
            moved.add(enrolments + " school enrolments");
        }
        int places = repository.movePlaces(duplicateId, survivorId);
        if (places > 0) {
            moved.add(places + " kindergarten places");
        }
        int days = repository.moveActivity(duplicateId, survivorId);
        if (days > 0) {
            moved.add(days + " activity days");
        }
        repository.moveNeedsAndRights(duplicateId, survivorId);
        return String.join(", ", moved);
    }
}
