package no.ankomst.accommodation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
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
    private final CurrentUser currentUser;
    private final Permissions permissions;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StayService(StayRepository repository, CurrentUser currentUser, Permissions permissions, AuditService audit,
                ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.permissions = permissions;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'CENTRE_STAFF')")
    @Transactional
    public long checkIn(long personId, long siteId, @Nullable Long bedId, LocalDate on) {
        requireScope(siteId);
        Violations violations = new Violations();
        violations.check(repository.personExists(personId), "person", "validation.stay.personUnknown");
        violations.check(!repository.personMerged(personId), "person", "validation.person.merged");
        violations.check(repository.siteExists(siteId), "site", "validation.sites.unknown");
        checkDate(violations, "checkedInOn", on);
        checkBed(violations, bedId, siteId, on, null);
        // one open stay per person: moving on is a transfer, so the history says where they came from
        violations.check(repository.openStayOf(personId).isEmpty(), "person", "validation.stay.useTransfer");
        violations.throwIfAny();
        long id = insert(personId, siteId, bedId, on);
        audit.record(AuditAction.CHECKED_IN, ENTITY, id, "person " + personId + " checked in at site " + siteId
                + bedText(bedId) + " on " + on);
        events.publishEvent(new ResidentArrived(personId, siteId, on));
        return id;
    }

    /**
     * Checks a household arriving together in at one site, each into the bed chosen (or none yet):
     * everyone, or, if one cannot be (a bed just taken, someone already staying elsewhere), nobody.
     *
     * @return the new stays' ids, in the order of {@code arrivals}
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'CENTRE_STAFF')")
    @Transactional
    public List<Long> checkInTogether(List<Move> arrivals, long siteId, LocalDate on) {
        requireDifferentBeds(arrivals);
        return arrivals.stream().map(arrival -> checkIn(arrival.personId(), siteId, arrival.bedId(), on)).toList();
    }

    /**
     * Checks newly registered people in at one site, without a bed, in one statement: an imported
     * registration list brings thousands at once. Each arrival is still published on its own. Only for persons registered in the same transaction
     * (they have no stay yet, so the one-open-stay check is left out; the exclusion constraint still
     * guards it). The caller audits the whole batch in one line.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'CENTRE_STAFF')")
    @Transactional(propagation = Propagation.MANDATORY)
    public void checkInNewArrivals(long siteId, List<Arrival> arrivals) {
        requireScope(siteId);
        if (arrivals.isEmpty()) {
            return;
        }
        Violations violations = new Violations();
        violations.check(repository.siteExists(siteId), "site", "validation.sites.unknown");
        arrivals.forEach(arrival -> checkDate(violations, "checkedInOn", arrival.on()));
        violations.throwIfAny();
        try {
            repository.insertAll(siteId, arrivals);
        } catch (DataAccessException failure) {
            throw explained(failure);
        }
        arrivals.forEach(arrival -> events.publishEvent(new ResidentArrived(arrival.personId(), siteId, arrival.on())));
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'CENTRE_STAFF')")
    @Transactional
    public void checkOut(long stayId, LocalDate on, CheckoutReason reason) {
        Violations violations = new Violations();
        StayRow stay = openStayInScope(stayId, violations, "checkedOutOn", on);
        violations.throwIfAny();
        close(stay, on, reason);
        audit.record(AuditAction.CHECKED_OUT, ENTITY, stayId, "person " + stay.personId() + " checked out of site "
                + stay.siteId() + " on " + on + ": " + reason);
    }

    /**
     * Closes the person's open stay as TRANSFERRED and opens one at the new site, in one transaction.
     * The caller must cover the site the person leaves; choosing a bed at the new site also needs that
     * site in scope, otherwise the person arrives there not yet assigned and its staff find them a bed.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'CENTRE_STAFF')")
    @Transactional
    public long transfer(long personId, long toSiteId, @Nullable Long toBedId, LocalDate on) {
        StayRow current = repository.openStayOf(personId)
                .orElseThrow(() -> ValidationException.of("person", "validation.stay.noOpenStay"));
        requireScope(current.siteId());
        if (toBedId != null) {
            requireScope(toSiteId);
        }
        Violations violations = new Violations();
        violations.check(repository.siteExists(toSiteId), "site", "validation.sites.unknown");
        checkDate(violations, "transferredOn", on);
        violations.check(!on.isBefore(current.checkedInOn()), "transferredOn", "validation.stay.endsBeforeStart",
                current.checkedInOn());
        checkBed(violations, toBedId, toSiteId, on, null);
        violations.throwIfAny();
        close(current, on, CheckoutReason.TRANSFERRED);
        long id = insert(personId, toSiteId, toBedId, on);
        audit.record(AuditAction.TRANSFERRED, ENTITY, id, "person " + personId + " transferred from site "
                + current.siteId() + " (stay " + current.id() + ") to site " + toSiteId + bedText(toBedId) + " on " + on);
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
    @PreAuthorize("hasAnyRole('ADMIN', 'CENTRE_STAFF')")
    @Transactional
    public List<Long> transferTogether(List<Move> moves, long toSiteId, LocalDate on) {
        requireDifferentBeds(moves);
        // calls inside this transaction: a refusal of the last member rolls back the first ones too
        return moves.stream().map(move -> moveOne(move, toSiteId, on)).toList();
    }

    private static void requireDifferentBeds(List<Move> moves) {
        Set<Long> beds = new HashSet<>();
        for (Move move : moves) {
            if (move.bedId() != null && !beds.add(move.bedId())) {
                throw ValidationException.of("bed", "validation.stay.bedTwice");
            }
        }
    }

    private long moveOne(Move move, long toSiteId, LocalDate on) {
        StayRow current = repository.openStayOf(move.personId())
                .orElseThrow(() -> ValidationException.of("person", "validation.stay.noOpenStay"));
        if (current.siteId() != toSiteId) {
            return transfer(move.personId(), toSiteId, move.bedId(), on);
        }
        if (move.bedId() == null || move.bedId().equals(current.bedId())) {
            requireScope(current.siteId());
            return current.id();
        }
        return assignBed(current.id(), move.bedId(), on);
    }

    /** Checks several people out on the same day for the same reason (a household leaving): all or none. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CENTRE_STAFF')")
    @Transactional
    public void checkOutTogether(List<Long> stayIds, LocalDate on, CheckoutReason reason) {
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
    @PreAuthorize("hasAnyRole('ADMIN', 'CENTRE_STAFF')")
    @Transactional
    public long assignBed(long stayId, long bedId, LocalDate on) {
        Violations violations = new Violations();
        StayRow stay = openStayInScope(stayId, violations, "assignedOn", on);
        violations.check(!Long.valueOf(bedId).equals(stay.bedId()), "bed", "validation.stay.sameBed");
        checkBed(violations, bedId, stay.siteId(), on, stayId);
        violations.throwIfAny();
        long holder;
        if (on.equals(stay.checkedInOn())) {
            try {
                if (!repository.setBed(stayId, stay.version(), bedId)) {
                    throw new ConflictException(ENTITY, stayId);
                }
            } catch (DataAccessException failure) {
                throw explained(failure);
            }
            holder = stayId;
        } else {
            close(stay, on, CheckoutReason.TRANSFERRED);
            holder = insert(stay.personId(), stay.siteId(), bedId, on);
        }
        audit.record(AuditAction.TRANSFERRED, ENTITY, holder, "person " + stay.personId() + " moved to"
                + bedText(bedId) + " at site " + stay.siteId() + " on " + on);
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
    @PreAuthorize("hasAnyRole('ADMIN', 'CENTRE_STAFF')")
    @Transactional(propagation = Propagation.MANDATORY)
    public int moveStaysOfMergedPerson(long fromPersonId, long toPersonId) {
        try {
            return repository.moveNonOverlapping(fromPersonId, toPersonId);
        } catch (DataAccessException failure) {
            throw explained(failure);
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
        requireScope(siteId);
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
        Map<Long, List<FreeBed>> byUnit = freeBeds(siteId).stream()
                .collect(Collectors.groupingBy(FreeBed::unitId, LinkedHashMap::new, Collectors.toList()));
        Optional<List<FreeBed>> oneUnit = byUnit.values().stream().filter(beds -> beds.size() >= count)
                .min(Comparator.comparingInt(List::size));
        if (oneUnit.isPresent()) {
            return List.copyOf(oneUnit.get().subList(0, count));
        }
        return byUnit.values().stream()
                .sorted(Comparator.comparingInt((List<FreeBed> beds) -> beds.size()).reversed())
                .flatMap(List::stream).limit(count).toList();
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'CENTRE_STAFF', 'MANAGER')")
    @Transactional(readOnly = true)
    public int countWithoutBed() {
        return repository.countOpenWithoutBed(currentUser.scope());
    }

    private void checkDate(Violations violations, String field, LocalDate on) {
        violations.check(!on.isAfter(LocalDate.now(clock)), field, "validation.stay.dateInFuture");
    }

    private void checkBed(Violations violations, @Nullable Long bedId, long siteId, LocalDate from,
                          @Nullable Long exceptStayId) {
        if (bedId == null) {
            return;
        }
        Optional<StayRepository.BedState> bed = repository.bed(bedId).filter(b -> b.siteId() == siteId);
        if (bed.isEmpty()) {
            violations.add("bed", "validation.stay.bedNotAtSite");
        } else if (bed.get().blocked()) {
            violations.add("bed", "validation.stay.bedBlocked");
        } else if (!repository.bedFreeFrom(bedId, from, exceptStayId)) {
            violations.add("bed", "validation.stay.bedJustTaken");
        }
    }

    private long insert(long personId, long siteId, @Nullable Long bedId, LocalDate on) {
        try {
            return repository.insert(personId, siteId, bedId, on);
        } catch (DataAccessException failure) {
            throw explained(failure);
        }
    }

    private void close(StayRow stay, LocalDate on, CheckoutReason reason) {
        if (!repository.close(stay.id(), stay.version(), on, reason)) {
            throw new ConflictException(ENTITY, stay.id());
        }
    }

    /** A broken exclusion constraint becomes the rule the user broke; anything else stays the error it is. */
    private static RuntimeException explained(DataAccessException failure) {
        return StayConstraints.explain(failure).<RuntimeException>map(rule -> rule).orElse(failure);
    }

    /** The stay to change on {@code on}: it must exist, be in scope, be open and have started by then. */
    private StayRow openStayInScope(long stayId, Violations violations, String dateField, LocalDate on) {
        StayRow stay = repository.find(stayId).orElseThrow(() -> new ConflictException(ENTITY, stayId));
        requireScope(stay.siteId());
        violations.check(stay.open(), "stay", "validation.stay.alreadyClosed");
        checkDate(violations, dateField, on);
        violations.check(!on.isBefore(stay.checkedInOn()), dateField, "validation.stay.endsBeforeStart",
                stay.checkedInOn());
        return stay;
    }

    private void requireScope(long siteId) {
        if (!currentUser.scope().coversSite(siteId)) {
            throw new AccessDeniedException("site " + siteId + " is outside the user's scope");
        }
    }

    private static String bedText(@Nullable Long bedId) {
        return bedId == null ? " without a bed" : " in bed " + bedId;
    }
}
