package no.ankomst.health;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.ankomst.audit.AuditAction;
import no.ankomst.audit.AuditService;
import no.ankomst.base.ConflictException;
import no.ankomst.base.ValidationException;
import no.ankomst.base.Violations;
import no.ankomst.health.TbBookingRecords.Appointment;
import no.ankomst.health.TbBookingRecords.BookingContext;
import no.ankomst.health.TbBookingRecords.BookingRun;
import no.ankomst.health.TbBookingRecords.Slot;
import no.ankomst.health.TbBookingRepository.ClinicLock;
import no.ankomst.health.TbBookingRepository.NewAppointment;
import no.ankomst.health.TbBookingRepository.OpenClinic;
import no.ankomst.residents.ResidentAccess;
import no.ankomst.security.Capability;
import no.ankomst.security.CurrentUser;
import no.ankomst.security.Permissions;
import no.ankomst.security.Scope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Booking TB screening appointments ({@link Capability#BOOK_SCREENING}): the daily run that books every resident
 * who needs it into the earliest free slot of their site's clinic, oldest due first and never over capacity, and
 * booking, rebooking and cancelling by hand. A booking is not health data (centre staff tell residents where and
 * when); results are.
 */
@Service
public class TbBookingService {

    private static final Logger LOG = LoggerFactory.getLogger(TbBookingService.class);

    static final String ENTITY = "tb_appointment";
    static final int BATCH = 1000;

    private final TbBookingRepository repository;
    private final TbClinicRepository clinicRows;
    private final TbIncidenceService incidences;
    private final TbRules rules;
    private final ResidentAccess access;
    private final Permissions permissions;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;
    private final int horizonDays;

    TbBookingService(TbBookingRepository repository, TbClinicRepository clinicRows, TbIncidenceService incidences,
                     TbRules rules, ResidentAccess access, Permissions permissions, CurrentUser currentUser,
                     AuditService audit, Clock clock, @Value("${ankomst.health.booking.horizon-days:42}") int horizonDays) {
        if (horizonDays < 1 || horizonDays > 366) {
            throw new IllegalArgumentException("ankomst.health.booking.horizon-days must be 1 to 366");
        }
        this.repository = repository;
        this.clinicRows = clinicRows;
        this.incidences = incidences;
        this.rules = rules;
        this.access = access;
        this.permissions = permissions;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.horizonDays = horizonDays;
    }

    /**
     * The daily run for {@code today}, in one transaction. First it cancels (reason MOVED) appointments of people
     * who no longer stay at the clinic's site (moved, or checked out for any reason: check-out publishes no event,
     * so this is where that happens); then refers people in private housing to the municipal health service;
     * then books everyone who needs it, oldest due first, into the earliest free place from tomorrow (a run at
     * night books no one for the same day) within the horizon ({@code ankomst.health.booking.horizon-days}): before
     * the due date when there is room, otherwise the first place after it. Who finds no place in the horizon is
     * counted as unbookable and stays overdue on the worklist. A second run for the same day changes nothing.
     */
    @Transactional
    public BookingRun bookDue(LocalDate today) {
        permissions.require(Capability.BOOK_SCREENING);
        String actor = currentUser.actorName();
        long started = System.nanoTime();
        long cancelled = repository.cancelWhereNotStaying(null);
        long cancelDone = System.nanoTime();
        long referred = repository.referPrivateHousing(today, actor);
        long referDone = System.nanoTime();

        List<OpenClinic> clinics = repository.lockActiveClinics();
        TbSlotPlanner planner = new TbSlotPlanner(rules, today.plusDays(1), horizonDays);
        long[] booked = {0};
        long[] unbookable = {0};
        if (!clinics.isEmpty()) {
            clinics.forEach(clinic -> planner.open(clinic.id()));
            List<Long> ids = planner.clinics();
            LocalDate first = today.plusDays(1);
            repository.capacities(ids, planner::capacity);
            repository.closedDays(ids, first, planner.last(), (clinic, day, test, n) -> planner.closed(clinic, day));
            repository.bookedCounts(ids, first, planner.last(), planner::booked);
            planner.ready();
            List<NewAppointment> batch = new ArrayList<>(BATCH);
            repository.candidates(today, candidate -> {
                TbSlotPlanner.Taken taken = planner.take(candidate.clinicId(), candidate.birthDate(),
                        candidate.incidence());
                if (taken == null) {
                    unbookable[0]++;
                    return;
                }
                batch.add(new NewAppointment(candidate.personId(), candidate.clinicId(), taken.day(), taken.test()));
                if (batch.size() == BATCH) {
                    booked[0] += repository.insert(batch, actor);
                    batch.clear();
                }
            });
            booked[0] += repository.insert(batch, actor);
        }
        BookingRun run = new BookingRun(booked[0], referred, cancelled, unbookable[0]);
        LOG.info("TB booking for {}: cancelled {} in {} ms, referred {} in {} ms, booked {} ({} without a free slot) "
                        + "in {} ms", today, cancelled, (cancelDone - started) / 1_000_000, referred,
                (referDone - cancelDone) / 1_000_000, booked[0], unbookable[0],
                (System.nanoTime() - referDone) / 1_000_000);
        if (booked[0] > 0) {
            audit.record(AuditAction.TB_BOOKED, "tb_booking_run", today, "booked " + booked[0]
                    + " into the first free slots from " + today.plusDays(1) + "; " + unbookable[0]
                    + " without a free slot within " + horizonDays + " days");
        }
        if (referred > 0) {
            audit.record(AuditAction.TB_REFERRED, "tb_booking_run", today, "referred " + referred
                    + " in private housing to the municipal health service");
        }
        if (cancelled > 0) {
            audit.record(AuditAction.TB_BOOKING_CANCELLED, "tb_booking_run", today, "cancelled " + cancelled
                    + " appointments of people no longer staying at the clinic's site");
        }
        return run;
    }

    /**
     * A person arrived at a site (checked in or transferred): an appointment at a clinic of another site is
     * cancelled (MOVED); the requirement follows them and the next run books them at the new site.
     *
     * @return how many were cancelled (0 or 1)
     */
    @Transactional
    public int cancelAtOtherSites(long personId) {
        permissions.require(Capability.BOOK_SCREENING);
        int cancelled = repository.cancelWhereNotStaying(personId);
        if (cancelled > 0) {
            audit.record(AuditAction.TB_BOOKING_CANCELLED, "person", personId,
                    "appointment cancelled: person " + personId + " moved to another site");
        }
        return cancelled;
    }

    /** The person's open appointment, if any (for whoever may book for them). */
    @Transactional(readOnly = true)
    public Optional<Appointment> openAppointment(long personId) {
        access.requireChangeable(Capability.BOOK_SCREENING, personId);
        return repository.openAppointment(personId);
    }

    /**
     * The open appointments at a site's clinic from {@code from} to {@code to} (both included), by day, at most
     * {@code limit}: what the appointment notices of a site are printed from. Refused outside the caller's sites.
     */
    @Transactional(readOnly = true)
    public List<Appointment> bookedAtSite(long siteId, LocalDate from, LocalDate to, int limit) {
        Scope scope = permissions.require(Capability.BOOK_SCREENING);
        if (!scope.coversSite(siteId)) {
            throw new AccessDeniedException("site " + siteId + " is not the caller's");
        }
        return repository.bookedAtSite(siteId, from, to, limit);
    }

    /** Where the person could be booked and what is booked now, for the booking dialog. */
    @Transactional(readOnly = true)
    public BookingContext context(long personId) {
        access.requireChangeable(Capability.BOOK_SCREENING, personId);
        Long siteId = repository.stayingAt(personId).orElse(null);
        TbClinicRecords.ClinicRow clinic = siteId == null ? null
                : clinicRows.ofSite(siteId).filter(TbClinicRecords.ClinicRow::active).orElse(null);
        return new BookingContext(siteId, clinic, repository.openAppointment(personId).orElse(null));
    }

    /** The test the rules ask for if the person is tested on {@code day} (the age on that day). */
    @Transactional(readOnly = true)
    public TbTest suggestedTest(long personId, LocalDate day) {
        access.requireChangeable(Capability.BOOK_SCREENING, personId);
        return testFor(personId, day);
    }

    private TbTest testFor(long personId, LocalDate day) {
        LocalDate birthDate = repository.birthDate(personId)
                .orElseThrow(() -> ValidationException.of("person", "validation.tb.unknownPerson"));
        Incidence incidence = incidences.incidenceOf(List.of(personId), day).getOrDefault(personId, Incidence.LOW);
        return rules.testFor(birthDate, incidence, day);
    }

    /** A clinic's slots from {@code from} for {@code days} days, with what is free. */
    @Transactional(readOnly = true)
    public List<Slot> slots(long clinicId, LocalDate from, int days) {
        Scope scope = permissions.require(Capability.BOOK_SCREENING);
        ClinicLock clinic = repository.findClinic(clinicId).filter(c -> scope.coversSite(c.siteId()))
                .orElseThrow(() -> ValidationException.of("clinic", "validation.clinic.unknown"));
        return repository.slots(clinic.id(), from, from.plusDays(Math.max(1, Math.min(days, 92)) - 1L));
    }

    /** Books the person at the clinic of the site they stay at, on {@code day}, for {@code test}. */
    @Transactional
    public long book(long personId, long clinicId, LocalDate day, TbTest test) {
        access.requireChangeable(Capability.BOOK_SCREENING, personId);
        ClinicLock clinic = repository.lockClinic(clinicId)
                .orElseThrow(() -> ValidationException.of("clinic", "validation.clinic.unknown"));
        Violations violations = new Violations();
        violations.check(repository.openAppointment(personId).isEmpty(), "person", "validation.tb.alreadyBooked");
        checkSlot(violations, personId, clinic, day, test);
        violations.throwIfAny();
        long id;
        try {
            id = repository.insertOne(personId, clinicId, day, test, currentUser.actorName());
        } catch (DuplicateKeyException raced) {
            throw ValidationException.of("person", "validation.tb.alreadyBooked");
        }
        audit.record(AuditAction.TB_BOOKED, "person", personId, "booked " + test + " at clinic " + clinicId
                + " on " + day + " (appointment " + id + ")");
        return id;
    }

    /**
     * Moves an open appointment read at {@code version} to another day of the same clinic: the old one is
     * cancelled (REBOOKED) and a new one booked, for the test the person needs on the new day.
     *
     * @return the new appointment's id
     */
    @Transactional
    public long rebook(long appointmentId, LocalDate newDay, int version) {
        permissions.require(Capability.BOOK_SCREENING);
        Appointment old = repository.bookedAppointment(appointmentId)
                .orElseThrow(() -> new ConflictException(ENTITY, appointmentId));
        access.requireChangeable(Capability.BOOK_SCREENING, old.personId());
        ClinicLock clinic = repository.lockClinic(old.clinicId())
                .orElseThrow(() -> ValidationException.of("clinic", "validation.clinic.unknown"));
        TbTest test = newDay == null ? old.test() : testFor(old.personId(), newDay);
        Violations violations = new Violations();
        checkSlot(violations, old.personId(), clinic, newDay, test);
        violations.throwIfAny();
        if (!repository.cancel(appointmentId, version, "REBOOKED")) {
            throw new ConflictException(ENTITY, appointmentId);
        }
        long id = repository.insertOne(old.personId(), old.clinicId(), newDay, test, currentUser.actorName());
        audit.record(AuditAction.TB_REBOOKED, "person", old.personId(), "rebooked appointment " + appointmentId
                + " from " + old.day() + " to " + newDay + " (" + test + ", appointment " + id + ")");
        return id;
    }

    /** Cancels an open appointment read at {@code version} (reason OTHER); the person needs booking again. */
    @Transactional
    public void cancel(long appointmentId, int version) {
        permissions.require(Capability.BOOK_SCREENING);
        Appointment old = repository.bookedAppointment(appointmentId)
                .orElseThrow(() -> new ConflictException(ENTITY, appointmentId));
        access.requireChangeable(Capability.BOOK_SCREENING, old.personId());
        if (!repository.cancel(appointmentId, version, "OTHER")) {
            throw new ConflictException(ENTITY, appointmentId);
        }
        audit.record(AuditAction.TB_BOOKING_CANCELLED, "person", old.personId(), "cancelled appointment "
                + appointmentId + " on " + old.day());
    }

    /** The rules of a slot, the clinic's row locked: open, the person staying at its site, a day with room. */
    private void checkSlot(Violations violations, long personId, ClinicLock clinic, LocalDate day, TbTest test) {
        violations.check(clinic.active(), "clinic", "validation.tb.clinicInactive");
        violations.check(repository.stayingAt(personId).filter(site -> site == clinic.siteId()).isPresent(),
                "person", "validation.tb.notStayingAtClinicSite");
        violations.check(test != null, "test", "validation.required");
        if (day == null) {
            violations.add("day", "validation.required");
            return;
        }
        if (day.isBefore(LocalDate.now(clock))) {
            violations.add("day", "validation.tb.dayPast");
            return;
        }
        if (repository.closed(clinic.id(), day)) {
            violations.add("day", "validation.tb.clinicClosed");
            return;
        }
        if (test == null) {
            return;
        }
        int capacity = repository.capacity(clinic.id(), day.getDayOfWeek(), test);
        if (capacity == 0) {
            violations.add("day", "validation.tb.noCapacity");
        } else if (repository.booked(clinic.id(), day, test) >= capacity) {
            violations.add("day", "validation.tb.full", capacity);
        }
    }

    /** For a view: whether the caller may book for this person. */
    @Transactional(readOnly = true)
    public boolean mayBook(long personId) {
        return access.mayChange(Capability.BOOK_SCREENING, personId);
    }
}
