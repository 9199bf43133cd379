package no.ankomst.introduction;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import no.ankomst.introduction.IntroductionRecords.ParticipantFilter;
import no.ankomst.introduction.IntroductionRecords.ParticipantRow;
import no.ankomst.security.Capability;
import no.ankomst.security.Permissions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator's list of rights in their municipality (every municipality for managers), status computed in the
 * query; the worklist counts it with the same filters its lines open.
 */
@Service
public class ParticipantsService {

    private final IntroductionRepository repository;
    private final Permissions permissions;
    private final Clock clock;

    ParticipantsService(IntroductionRepository repository, Permissions permissions, Clock clock) {
        this.repository = repository;
        this.permissions = permissions;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ParticipantRow> page(ParticipantFilter filter, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > 500) {
            throw new IllegalArgumentException("bad page: offset " + offset + ", limit " + limit);
        }
        return repository.page(permissions.require(Capability.READ_INTRODUCTION), filter, LocalDate.now(clock),
                offset, limit);
    }

    @Transactional(readOnly = true)
    public int count(ParticipantFilter filter) {
        return repository.count(permissions.require(Capability.READ_INTRODUCTION), filter, LocalDate.now(clock));
    }
}
