package no.ankomst.health;

import java.util.ArrayList;
import java.util.List;
import no.ankomst.residents.MergeParticipant;
import org.springframework.stereotype.Component;

/**
 * Merging two records of one person keeps their TB screening: appointments and referrals move to the survivor,
 * results (append-only) are copied to it. Nothing refuses a merge: two open appointments keep the survivor's
 * (the duplicate's is cancelled as MERGED).
 */
@Component
class TbMergeParticipant implements MergeParticipant {

    private final TbMergeRepository repository;

    TbMergeParticipant(TbMergeRepository repository) {
        this.repository = repository;
    }

    @Override
    public String move(long duplicateId, long survivorId) {
        List<String> moved = new ArrayList<>();
        int appointments = repository.moveAppointments(duplicateId, survivorId);
        if (appointments > 0) {
            moved.add(appointments + " TB appointments");
        }
        int results = repository.copyResults(duplicateId, survivorId);
        if (results > 0) {
            moved.add(results + " TB results");
        }
        int referrals = repository.moveReferrals(duplicateId, survivorId);
        if (referrals > 0) {
            moved.add(referrals + " TB referrals");
        }
        return String.join(", ", moved);
    }
}
