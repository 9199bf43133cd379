package no.ankomst.settlement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import no.ankomst.security.Capability;
import no.ankomst.security.Permissions;
import no.ankomst.settlement.PipelineRecords.PipelineCounts;
import no.ankomst.settlement.PipelineRecords.PipelineFilter;
import no.ankomst.settlement.PipelineRecords.PipelineRow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The settlement pipeline: officers their counties, centre staff their sites, managers and administrators all. */
@Service
public class PipelineService {

    private final PipelineListRepository repository;
    private final Permissions permissions;
    private final SettlementTargets targets;
    private final Clock clock;

    PipelineService(PipelineListRepository repository, Permissions permissions, SettlementTargets targets,
                    Clock clock) {
        this.repository = repository;
        this.permissions = permissions;
        this.targets = targets;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PipelineCounts counts() {
        return repository.counts(permissions.require(Capability.READ_SETTLEMENT_PIPELINE), LocalDate.now(clock),
                targets.nearDays());
    }

    @Transactional(readOnly = true)
    public int count(PipelineFilter filter) {
        return repository.count(permissions.require(Capability.READ_SETTLEMENT_PIPELINE), filter, LocalDate.now(clock),
                targets.nearDays());
    }

    @Transactional(readOnly = true)
    public List<PipelineRow> page(PipelineFilter filter, int offset, int limit) {
        return repository.page(permissions.require(Capability.READ_SETTLEMENT_PIPELINE), filter, LocalDate.now(clock),
                targets.nearDays(), offset, limit);
    }
}
