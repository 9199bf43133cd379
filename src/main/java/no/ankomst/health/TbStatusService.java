package no.ankomst.health;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.ankomst.audit.AuditAction;
import no.ankomst.audit.AuditService;
import no.ankomst.health.TbRecords.TbFilter;
import no.ankomst.health.TbRecords.TbRow;
import no.ankomst.health.TbRecords.TbSummary;
import no.ankomst.security.Capability;
import no.ankomst.security.Permissions;
import no.ankomst.security.Scope;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where TB screening stands, for everyone who reads residents: status (not due yet, due, booked, referred, done,
 * overdue), due date and the booked appointment, computed when read. Never a result's outcome: that is
 * {@link TbResultService}'s, for health staff. Also the TB list behind the worklist lines (staff of the sites).
 */
@Service
public class TbStatusService {

    private static final int MAX_PAGE = 500;

    private final TbStatusRepository repository;
    private final Permissions permissions;
    private final AuditService audit;
    private final Clock clock;

    TbStatusService(TbStatusRepository repository, Permissions permissions, AuditService audit, Clock clock) {
        this.repository = repository;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
    }

    /** The person's TB status, if the caller reads the person. */
    @Transactional(readOnly = true)
    public Optional<TbSummary> summary(long personId) {
        Scope scope = permissions.require(Capability.READ_RESIDENTS);
        if (!repository.visible(scope, personId)) {
            return Optional.empty();
        }
        return repository.summary(personId, today());
    }

    /**
     * Only whether the screening is done, due, booked, ... (never a result, never a date) for a settlement handover:
     * for those who read settlement and reach the person (a coordinator through the proposals to their municipality).
     */
    @Transactional(readOnly = true)
    public Optional<TbStatus> statusForHandover(long personId) {
        Scope scope = permissions.require(Capability.READ_SETTLEMENT);
        if (!repository.visible(scope, personId)) {
            return Optional.empty();
        }
        return repository.summary(personId, today()).map(TbSummary::status);
    }

    /** Whether the signed-in user follows TB screenings (the TB list, the worklist lines). */
    public boolean follows() {
        return permissions.may(Capability.FOLLOW_TB);
    }

    /** One page of the TB list, soonest due first. */
    @Transactional(readOnly = true)
    public List<TbRow> page(TbFilter filter, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("bad page: offset " + offset + ", limit " + limit);
        }
        Scope scope = listScope(filter);
        List<TbRow> rows = repository.page(scope, filter, today(), offset, limit);
        if (filter.suspectedActive() && !rows.isEmpty()) {
            // the filter itself says which result these people had
            audit.recordRead(AuditAction.TB_RESULT_READ, "tb_list", "suspected-active",
                    "TB list of suspected active TB: persons " + rows.stream().map(TbRow::personId).toList());
        }
        return rows;
    }

    @Transactional(readOnly = true)
    public int count(TbFilter filter) {
        return repository.count(listScope(filter), filter, today());
    }

    /** The count of each filter's list, in one query (the worklist's lines). */
    @Transactional(readOnly = true)
    public List<Integer> counts(List<TbFilter> filters) {
        Scope scope = permissions.require(Capability.FOLLOW_TB);
        filters.forEach(this::listScope);
        return repository.counts(scope, filters, today());
    }

    /** Staff who follow TB, within their sites; the health-data filters for health staff only. */
    private Scope listScope(TbFilter filter) {
        Scope scope = permissions.require(Capability.FOLLOW_TB);
        if (filter.asksForHealthData()) {
            permissions.require(Capability.READ_HEALTH);
        }
        if (filter.siteId() != null && !scope.coversSite(filter.siteId())) {
            throw new AccessDeniedException("site " + filter.siteId() + " is not this user's");
        }
        return scope;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
