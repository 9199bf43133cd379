package no.ankomst.accommodation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import no.ankomst.accommodation.PlannedArrivalRecords.NewPlannedArrival;
import no.ankomst.accommodation.PlannedArrivalRecords.PlannedArrival;
import no.ankomst.accommodation.PlannedArrivalRecords.Status;
import no.ankomst.audit.AuditAction;
import no.ankomst.audit.AuditService;
import no.ankomst.base.ConflictException;
import no.ankomst.base.Violations;
import no.ankomst.security.Capability;
import no.ankomst.security.CurrentUser;
import no.ankomst.security.Permissions;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Arrivals a site expects. Staff of the site plan them, and mark each as arrived (then check the people
 * in) or cancelled; the board counts the people still expected in the next 7 days.
 */
@Service
public class PlannedArrivalService {

    static final String ENTITY = "planned_arrival";
    /** A bus from the arrival centre, not a whole town: larger groups are split into several plans. */
    static final int MAX_PEOPLE = 500;
    /** Plans further ahead than this are guesses, not plans. */
    static final int MAX_DAYS_AHEAD = 365;

    private final PlannedArrivalRepository repository;
    private final CurrentUser currentUser;
    private final Permissions permissions;
    private final AuditService audit;
    private final Clock clock;

    PlannedArrivalService(PlannedArrivalRepository repository, CurrentUser currentUser, Permissions permissions,
                          AuditService audit, Clock clock) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public long plan(NewPlannedArrival arrival) {
        permissions.require(Capability.CHANGE_STAYS);
        requireScope(arrival.siteId());
        LocalDate today = LocalDate.now(clock);
        Violations violations = new Violations();
        violations.check(arrival.expectedOn() != null, "expectedOn", "validation.required");
        if (arrival.expectedOn() != null) {
            violations.check(!arrival.expectedOn().isBefore(today), "expectedOn", "validation.plannedArrival.past");
            violations.check(!arrival.expectedOn().isAfter(today.plusDays(MAX_DAYS_AHEAD)), "expectedOn",
                    "validation.plannedArrival.tooFarAhead", MAX_DAYS_AHEAD);
        }
        violations.check(arrival.people() != null, "people", "validation.required");
        if (arrival.people() != null) {
            violations.check(arrival.people() >= 1 && arrival.people() <= MAX_PEOPLE, "people", "validation.range",
                    1, MAX_PEOPLE);
        }
        violations.maxLength("comingFrom", arrival.comingFrom(), 200);
        violations.maxLength("note", arrival.note(), 2000);
        violations.throwIfAny();
        long id = repository.insert(arrival, arrival.expectedOn(), arrival.people(), actor(), clock.instant());
        audit.record(AuditAction.ARRIVAL_PLANNED, ENTITY, id, arrival.people() + " expected at site "
                + arrival.siteId() + " on " + arrival.expectedOn());
        return id;
    }

    @Transactional
    public void markArrived(long id, int version) {
        permissions.require(Capability.CHANGE_STAYS);
        change(id, version, Status.ARRIVED, AuditAction.ARRIVAL_RECORDED);
    }

    @Transactional
    public void cancel(long id, int version) {
        permissions.require(Capability.CHANGE_STAYS);
        change(id, version, Status.CANCELLED, AuditAction.ARRIVAL_CANCELLED);
    }

    /** What the site still expects, soonest first (including plans whose day has passed unmarked). */
    @Transactional(readOnly = true)
    public List<PlannedArrival> expected(long siteId) {
        permissions.require(Capability.READ_OCCUPANCY);
        requireScope(siteId);
        return repository.expected(siteId);
    }

    private void change(long id, int version, Status status, AuditAction action) {
        PlannedArrival arrival = repository.find(id).orElseThrow(() -> new ConflictException(ENTITY, id));
        requireScope(arrival.siteId());
        // the version guard also refuses a plan already marked by someone else
        if (!repository.setStatus(id, version, status)) {
            throw new ConflictException(ENTITY, id);
        }
        audit.record(action, ENTITY, id, "planned arrival of " + arrival.people() + " at site " + arrival.siteId()
                + " on " + arrival.expectedOn() + ": " + status);
    }

    private void requireScope(long siteId) {
        if (!currentUser.scope().coversSite(siteId)) {
            throw new AccessDeniedException("site " + siteId + " is outside the user's scope");
        }
    }

    private String actor() {
        return currentUser.get().map(user -> user.getUsername()).orElse("system");
    }
}
