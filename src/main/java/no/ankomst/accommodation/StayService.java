package no.ankomst.accommodation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.ankomst.accommodation.StayRecords.Arrival;
import no.ankomst.accommodation.StayRecords.Move;
import no.ankomst.accommodation.StayRecords.StayRow;
import no.ankomst.accommodation.UnitRecords.FreeBed;
import no.ankomst.audit.AuditAction;
import no.ankomst.audit.AuditService;
import no.ankomst.base.ConflictException;
import no.ankomst.base.ValidationException;
import no.ankomst.base.Violations;
import no.ankomst.security.Capability;
import no.ankomst.security.CurrentUser;
import no.ankomst.security.Permissions;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who sleeps where: check-in, check-out, transfer between sites and moving to another bed. Administrators
 * and the centre staff of a site write; a site outside the caller's scope is refused with an
 * {@link AccessDeniedException} (not a validation message: the user should never have been offered it).
 * Dates are whole days and may not lie in the future: the app records what happened.
 */
@Service
public class StayService {

    static final String ENTITY = "stay";
    private static final int MAX_HOUSEHOLD = 50;

    private final StayRepository repository;
    private final StayChecks checks;
    private final CurrentUser currentUser;
    private final Permissions permissions;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StayService(StayRepository repository, StayChecks checks, CurrentUser currentUser, Permissions permissions,
                AuditService audit, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.checks = checks;
        this.currentUser = currentUser;
        this.permissions = permissions;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public long checkIn(long personId, long siteId, @Nullable Long bedId, LocalDate on) {
        permissions.require(Capability.CHANGE_STAYS);
        checks.requireScope(siteId);
        Violations violations = new Violations();
        violations.check(repository.personExists(personId), "person", "validation.stay.personUnknown");
        violations.check(!repository.personMerged(personId), "person", "validation.person.merged");
        violations.check(repository.siteExists(siteId), "site", "validation.sites.unknown");
        checks.checkDate(violations, "checkedInOn", on);
        checks.checkBed(violations, bedId, siteId, on, null);
        // one open stay per person: moving on is a transfer, so the history says where they came from
        violations.check(repository.openStayOf(personId).isEmpty(), "person", "validation.stay.useTransfer");
        violations.throwIfAny();
        long id = checks.insert(personId, siteId, bedId, on);
        audit.record(AuditAction.CHECKED_IN, ENTITY, id, "person " + personId + " checked in at site " + siteId
                + StayChecks.bedText(bedId) + " on " + on);
        events.publishEvent(new ResidentArrived(personId, siteId, on));
        return id;
    }

    /**
     * Checks a household arriving together in at one site, each into the bed chosen (or none yet):
     * everyone, or, if one cannot be (a bed just taken, someone already staying elsewhere), nobody.
     *
     * @return the new stays' ids, in the order of {@code arrivals}
     */
    @Transactional
    public List<Long> checkInTogether(List<Move> arrivals, long siteId, LocalDate on) {
        permissions.require(Capability.CHANGE_STAYS);
        StayChecks.requireDifferentBeds(arrivals);
        return arrivals.stream().map(arrival -> checkIn(arrival.personId(), siteId, arrival.bedId(), on)).toList();
    }

    /**
     * Checks newly registered people in at one site, without a bed, in one statement: an imported
     * registration list brings thousands at once. Each arrival is still published on its own. Only for persons registered in the same transaction
     * (they have no stay yet, so the one-open-stay check is left out; the exclusion constraint still
     * guards it). The caller audits the whole batch in one line.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void checkInNewArrivals(long siteId, List<Arrival> arrivals) {
        permissions.require(Capability.CHANGE_STAYS);
        checks.requireScope(siteId);
        if (arrivals.isEmpty()) {
            return;
        }
        Violations violations = new Violations();
        violations.check(repository.siteExists(siteId), "site", "validation.sites.unknown");
        arrivals.forEach(arrival -> checks.checkDate(violations, "checkedInOn", arrival.on()));
        violations.throwIfAny();
        try {
            repository.insertAll(siteId, arrivals);
        } catch (DataAccessException failure) {
            throw StayChecks.explained(failure);
        }
        arrivals.forEach(arrival -> events.publishEvent(new ResidentArrived(arrival.personId(), siteId, arrival.on())));
    }

    @Transactional
    public void checkOut(long stayId, LocalDate on, CheckoutReason reason) {
        permissions.require(Capability.CHANGE_STAYS);
        Violations violations = new Violations();
        StayRow stay = checks.openStayInScope(stayId, violations, "checkedOutOn", on);
        violations.throwIfAny();
        checks.close(stay, on, reason);
        audit.record(AuditAction.CHECKED_OUT, ENTITY, stayId, "person " + stay.personId() + " checked out of site "
                + stay.siteId() + " on " + on + ": " + reason);
    }

    /**
     * Closes the person's open stay as TRANSFERRED and opens one at the new site, in one transaction.
     * The caller must cover the site the person leaves; choosing a bed at the new site also needs that
     * site in scope, otherwise the person arrives there not yet assigned and its staff find them a bed.
     */
    @Transactional
    public long transfer(long personId, long toSiteId, @Nullable Long toBedId, LocalDate on) {
        permissions.require(Capability.CHANGE_STAYS);
        StayRow current = repository.openStayOf(personId)
                .orElseThrow(() -> ValidationException.of("person", "validation.stay.noOpenStay"));
        checks.requireScope(current.siteId());
        if (toBedId != null) {
            checks.requireScope(toSiteId);
        }
        Violations violations = new Violations();
        violations.check(repository.siteExists(toSiteId), "site", "validation.sites.unknown");
        checks.checkDate(violations, "transferredOn", on);
        violations.check(!on.isBefore(current.checkedInOn()), "transferredOn", "validation.stay.endsBeforeStart",
                current.checkedInOn());
        checks.checkBed(violations, toBedId, toSiteId, on, null);
        violations.throwIfAny();
        checks.close(current, on, CheckoutReason.TRANSFERRED);
        long id = checks.insert(personId, toSiteId, toBedId, on);
        audit.record(AuditAction.TRANSFERRED, ENTITY, id, "person " + personId + " transferred from site "
                + current.siteId() + " (stay " + current.id() + ") to site " + toSiteId + StayChecks.bedText(toBedId)
                + " on " + on);
        // arriving at the new site is an arrival too: schooling ends an enrolment in another municipality, TB
        // screening cancels an appointment at the clinic left behind
        events.publishEvent(new ResidentArrived(personId, toSiteId, on));
        return id;
    }

    /**
     * Moves a whole household in one action: members staying elsewhere are transferred, members already
     * at the target site change bed (or keep theirs when it is the one chosen). Every member moves, or, if
     * any one cannot (a bed just taken, a stay that changed), nobody does and the household stays together
     * where it was.
     *
     * @return the stays that hold the members afterwards, in the order of {@code moves}
     */
    @Transactional
    public List<Long> transferTogether(List<Move> moves, long toSiteId, LocalDate on) {
        permissions.require(Capability.CHANGE_STAYS);
        StayChecks.requireDifferentBeds(moves);
        // calls inside this transaction: a refusal of the last member rolls back the first ones too
        return moves.stream().map(move -> moveOne(move, toSiteId, on)).toList();
    }

    private long moveOne(Move move, long toSiteId, LocalDate on) {
        StayRow current = repository.openStayOf(move.personId())
                .orElseThrow(() -> ValidationException.of("person", "validation.stay.noOpenStay"));
        if (current.siteId() != toSiteId) {
            return transfer(move.personId(), toSiteId, move.bedId(), on);
        }
        if (move.bedId() == null || move.bedId().equals(current.bedId())) {
            checks.requireScope(current.siteId());
            return current.id();
        }
        return assignBed(current.id(), move.bedId(), on);
    }

    /** Checks several people out on the same day for the same reason (a household leaving): all or none. */
    @Transactional
    public void checkOutTogether(List<Long> stayIds, LocalDate on, CheckoutReason reason) {
        permissions.require(Capability.CHANGE_STAYS);
        if (reason == CheckoutReason.TRANSFERRED) {
            // a transfer opens the next stay too; a bare check-out "transferred" would lose where they went
            throw ValidationException.of("checkoutReason", "validation.stay.useMoveForTransfer");
        }
        stayIds.forEach(stayId -> checkOut(stayId, on, reason));
    }

    /**
     * Gives an open stay a bed at its site. From the first day of the stay the stay itself gets the bed;
     * from a later day the stay is split, so the history keeps where the person slept before.
     *
     * @return the id of the stay that now holds the bed
     */
    @Transactional
    public long assignBed(long stayId, long bedId, LocalDate on) {
        permissions.require(Capability.CHANGE_STAYS);
        Violations violations = new Violations();
        StayRow stay = checks.openStayInScope(stayId, violations, "assignedOn", on);
        violations.check(!Long.valueOf(bedId).equals(stay.bedId()), "bed", "validation.stay.sameBed");
        checks.checkBed(violations, bedId, stay.siteId(), on, stayId);
        violations.throwIfAny();
        long holder;
        if (on.equals(stay.checkedInOn())) {
            try {
                if (!repository.setBed(stayId, stay.version(), bedId)) {
                    throw new ConflictException(ENTITY, stayId);
                }
            } catch (DataAccessException failure) {
                throw StayChecks.explained(failure);
            }
            holder = stayId;
        } else {
            checks.close(stay, on, CheckoutReason.TRANSFERRED);
            holder = checks.insert(stay.personId(), stay.siteId(), bedId, on);
        }
        audit.record(AuditAction.TRANSFERRED, ENTITY, holder, "person " + stay.personId() + " moved to"
                + StayChecks.bedText(bedId) + " at site " + stay.siteId() + " on " + on);
        return holder;
    }

    /**
     * Two records of one person are merged: the duplicate's stays move to the survivor, except those
     * sharing days with the survivor's own (the same days recorded twice, which one person cannot have
     * had): they stay with the duplicate as its history. The caller, the merge, has checked scope and
     * audits the whole merge.
     *
     * @return how many stays moved
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int moveStaysOfMergedPerson(long fromPersonId, long toPersonId) {
        permissions.require(Capability.CHANGE_STAYS);
        try {
            return repository.moveNonOverlapping(fromPersonId, toPersonId);
        } catch (DataAccessException failure) {
            throw StayChecks.explained(failure);
        }
    }

    /** Whether the caller checks people in, moves and checks them out at all (centre staff, administrators). */
    public boolean changesStays() {
        return permissions.may(Capability.CHANGE_STAYS);
    }

    /**
     * Of these people, those staying nowhere now: who can be checked in with a household member. Says
     * nothing about where the others stay, so it needs no scope.
     */
    @Transactional(readOnly = true)
    public List<Long> withoutOpenStay(List<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        Set<Long> staying = repository.withOpenStay(personIds);
        return personIds.stream().filter(id -> !staying.contains(id)).toList();
    }

    @Transactional(readOnly = true)
    public Optional<StayRow> openStay(long personId) {
        return repository.openStayOf(personId).filter(stay -> currentUser.scope().coversSite(stay.siteId()));
    }

    /** The person's stays at the sites the caller covers, newest first. */
    @Transactional(readOnly = true)
    public List<StayRow> history(long personId) {
        return repository.historyOf(personId).stream()
                .filter(stay -> currentUser.scope().coversSite(stay.siteId())).toList();
    }

    @Transactional(readOnly = true)
    public List<FreeBed> freeBeds(long siteId) {
        checks.requireScope(siteId);
        return repository.freeBeds(siteId, LocalDate.now(clock));
    }

    /**
     * Free beds for a household checking in together: all in one unit if any unit has room (the tightest
     * fit, so large empty units stay free for large households), otherwise spread over as few units as
     * possible. Returns fewer than {@code count} beds when the site has fewer free.
     */
    @Transactional(readOnly = true)
    public List<FreeBed> suggestBedsTogether(long siteId, int count) {
        if (count < 1 || count > MAX_HOUSEHOLD) {
            throw ValidationException.of("count", "validation.range", 1, MAX_HOUSEHOLD);
        }
        return BedSuggestions.together(freeBeds(siteId), count);
    }

}
