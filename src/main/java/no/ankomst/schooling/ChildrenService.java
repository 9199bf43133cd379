package no.ankomst.schooling;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import no.ankomst.schooling.SchoolingRecords.SiteSchoolCounts;
import no.ankomst.schooling.SchoolingRecords.ChildFilter;
import no.ankomst.schooling.SchoolingRecords.ChildRow;
import no.ankomst.security.Capability;
import no.ankomst.security.Permissions;
import no.ankomst.security.Scope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The children staying now at the caller's sites (all sites for managers and administrators), with their schooling
 * status computed from dates in the query: the school list for centre staff and the worklist's counts.
 */
@Service
public class ChildrenService {

    private final ChildrenRepository repository;
    private final Permissions permissions;
    private final SchoolingRules rules;
    private final Clock clock;

    ChildrenService(ChildrenRepository repository, Permissions permissions, SchoolingRules rules, Clock clock) {
        this.repository = repository;
        this.permissions = permissions;
        this.rules = rules;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ChildRow> page(ChildFilter filter, int offset, int limit) {
        Scope scope = permissions.require(Capability.READ_SCHOOLING);
        if (offset < 0 || limit < 1 || limit > 500) {
            throw new IllegalArgumentException("bad page: offset " + offset + ", limit " + limit);
        }
        return repository.page(scope, filter, LocalDate.now(clock), offset, limit);
    }

    @Transactional(readOnly = true)
    public int count(ChildFilter filter) {
        return repository.count(permissions.require(Capability.READ_SCHOOLING), filter, LocalDate.now(clock));
    }

    /** The count of each filter's list, in one query (the worklist's lines); the filters share site and ages. */
    @Transactional(readOnly = true)
    public List<Integer> counts(List<ChildFilter> filters) {
        return repository.counts(permissions.require(Capability.READ_SCHOOLING), filters, LocalDate.now(clock));
    }

    /** Per site in the caller's scope, the schooling figures on a day, in one query (the weekly snapshot). */
    @Transactional(readOnly = true)
    public List<SiteSchoolCounts> countsBySite(LocalDate day) {
        return repository.countsBySite(permissions.require(Capability.READ_SCHOOLING), day);
    }

    /** Days before start-by that count as "soon late". */
    public int soonLateDays() {
        return rules.soonLateDays();
    }
}
