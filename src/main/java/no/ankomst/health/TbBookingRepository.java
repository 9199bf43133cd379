package no.ankomst.health;

import static no.ankomst.db.Tables.HOUSEHOLD;
import static no.ankomst.db.Tables.MUNICIPALITY;
import static no.ankomst.db.Tables.PERSON;
import static no.ankomst.db.Tables.SITE;
import static no.ankomst.db.Tables.STAY;
import static no.ankomst.db.Tables.TB_APPOINTMENT;
import static no.ankomst.db.Tables.TB_CLINIC;
import static no.ankomst.db.Tables.TB_CLINIC_CAPACITY;
import static no.ankomst.db.Tables.TB_CLINIC_CLOSED_DAY;
import static no.ankomst.db.Tables.TB_REFERRAL;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.val;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import no.ankomst.db.tables.Stay;
import no.ankomst.health.TbBookingRecords.Appointment;
import no.ankomst.health.TbBookingRecords.Slot;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record5;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * Appointments and referrals: the set-oriented queries of the daily booking (candidates streamed in due-date order,
 * appointments inserted in batches, stale appointments cancelled and private-housing referrals recorded in one
 * statement each) and the single-row ones of a manual booking.
 */
@Repository
class TbBookingRepository {

    static final int FETCH_SIZE = 2000;

    private final DSLContext db;
    private final TbStatusConditions status;

    TbBookingRepository(DSLContext db, TbStatusConditions status) {
        this.db = db;
        this.status = status;
    }

    /** A clinic the run books into, with the site it belongs to. */
    record OpenClinic(long id, long siteId) {
    }

    /** A resident to be booked, as streamed: oldest due first. */
    record Candidate(long personId, LocalDate birthDate, Incidence incidence, long clinicId, LocalDate due) {
    }

    /** A row to insert. */
    record NewAppointment(long personId, long clinicId, LocalDate day, TbTest test) {
    }

    // ---- the daily run ----

    /**
     * The active clinics, locked ({@code select ... for update}, in id order) until the run commits: a manual
     * booking locks its clinic's row too, so the two never both count the same free place.
     */
    List<OpenClinic> lockActiveClinics() {
        return db.select(TB_CLINIC.ID, TB_CLINIC.SITE_ID).from(TB_CLINIC)
                .where(TB_CLINIC.ACTIVE.isTrue())
                .orderBy(TB_CLINIC.ID)
                .forUpdate()
                .fetch(r -> new OpenClinic(r.value1(), r.value2()));
    }

    /** Calls {@code slot} with every weekly capacity above 0 of the clinics: clinic, weekday, test, capacity. */
    void capacities(List<Long> clinicIds, CapacityConsumer slot) {
        db.select(TB_CLINIC_CAPACITY.CLINIC_ID, TB_CLINIC_CAPACITY.WEEKDAY, TB_CLINIC_CAPACITY.TEST_TYPE,
                        TB_CLINIC_CAPACITY.CAPACITY)
                .from(TB_CLINIC_CAPACITY)
                .where(TB_CLINIC_CAPACITY.CLINIC_ID.in(clinicIds).and(TB_CLINIC_CAPACITY.CAPACITY.gt(0)))
                .forEach(r -> slot.accept(r.value1(), DayOfWeek.of(r.value2()), TbTest.valueOf(r.value3()),
                        r.value4()));
    }

    interface CapacityConsumer {
        void accept(long clinicId, DayOfWeek weekday, TbTest test, int capacity);
    }

    interface DayConsumer {
        void accept(long clinicId, LocalDate day, TbTest test, int count);
    }

    /** Closed days of the clinics from {@code from} to {@code to} (inclusive); the test is null. */
    void closedDays(List<Long> clinicIds, LocalDate from, LocalDate to, DayConsumer closed) {
        db.select(TB_CLINIC_CLOSED_DAY.CLINIC_ID, TB_CLINIC_CLOSED_DAY.DAY).from(TB_CLINIC_CLOSED_DAY)
                .where(TB_CLINIC_CLOSED_DAY.CLINIC_ID.in(clinicIds)
                        .and(TB_CLINIC_CLOSED_DAY.DAY.between(from, to)))
                .forEach(r -> closed.accept(r.value1(), r.value2(), TbTest.QUESTIONNAIRE, 0));
    }

    /** BOOKED appointments per clinic, day and test from {@code from} to {@code to}. */
    void bookedCounts(List<Long> clinicIds, LocalDate from, LocalDate to, DayConsumer booked) {
        db.select(TB_APPOINTMENT.CLINIC_ID, TB_APPOINTMENT.DAY, TB_APPOINTMENT.TEST_TYPE, count())
                .from(TB_APPOINTMENT)
                .where(TB_APPOINTMENT.STATE.eq("BOOKED").and(TB_APPOINTMENT.CLINIC_ID.in(clinicIds))
                        .and(TB_APPOINTMENT.DAY.between(from, to)))
                .groupBy(TB_APPOINTMENT.CLINIC_ID, TB_APPOINTMENT.DAY, TB_APPOINTMENT.TEST_TYPE)
                .forEach(r -> booked.accept(r.value1(), r.value2(), TbTest.valueOf(r.value3()), r.value4()));
    }

    /**
     * Streams everyone staying now at a site with an active clinic who needs booking, oldest due first (then by
     * person id, so the order is the same on every run). A server-side cursor: the heap holds one fetch at a time.
     */
    void candidates(LocalDate today, Consumer<Candidate> each) {
        Field<LocalDate> due = status.dueDate(PERSON);
        Field<String> incidence = status.incidence(PERSON.CITIZENSHIPS, today);
        try (Cursor<Record5<Long, LocalDate, String, Long, LocalDate>> cursor = db
                .select(PERSON.ID, PERSON.BIRTH_DATE, incidence, TB_CLINIC.ID, due)
                .from(PERSON)
                .join(STAY).on(STAY.PERSON_ID.eq(PERSON.ID).and(STAY.CHECKED_OUT_ON.isNull())
                        .and(STAY.CHECKED_IN_ON.le(today)))
                .join(TB_CLINIC).on(TB_CLINIC.SITE_ID.eq(STAY.SITE_ID).and(TB_CLINIC.ACTIVE.isTrue()))
                .where(status.needsBooking(PERSON))
                .orderBy(due, PERSON.ID)
                .fetchSize(FETCH_SIZE)
                .fetchLazy()) {
            for (var r : cursor) {
                each.accept(new Candidate(r.value1(), r.value2(), Incidence.valueOf(r.value3()), r.value4(),
                        r.value5()));
            }
        }
    }

    /**
     * Inserts the appointments in one statement; a person booked meanwhile (the one-open-appointment index) is
     * left out rather than failing the run.
     *
     * @return how many were inserted
     */
    int insert(List<NewAppointment> appointments, String bookedBy) {
        if (appointments.isEmpty()) {
            return 0;
        }
        var insert = db.insertInto(TB_APPOINTMENT, TB_APPOINTMENT.PERSON_ID, TB_APPOINTMENT.CLINIC_ID,
                TB_APPOINTMENT.DAY, TB_APPOINTMENT.TEST_TYPE, TB_APPOINTMENT.BOOKED_BY);
        for (NewAppointment a : appointments) {
            insert = insert.values(a.personId(), a.clinicId(), a.day(), a.test().name(), bookedBy);
        }
        return insert.onConflictDoNothing().execute();
    }

    /**
     * Cancels (reason MOVED) every BOOKED appointment of {@code personId} (or of everyone, when null) whose person
     * no longer stays at the clinic's site: moved to another site, or checked out for any reason.
     */
    int cancelWhereNotStaying(Long personId) {
        Stay open = STAY.as("open_stay");
        return db.update(TB_APPOINTMENT)
                .set(TB_APPOINTMENT.STATE, "CANCELLED")
                .set(TB_APPOINTMENT.CANCEL_REASON, "MOVED")
                .set(TB_APPOINTMENT.VERSION, TB_APPOINTMENT.VERSION.plus(1))
                .where(TB_APPOINTMENT.STATE.eq("BOOKED"))
                .and(personId == null ? DSL.noCondition() : TB_APPOINTMENT.PERSON_ID.eq(personId))
                .and(notExists(selectOne().from(open).join(TB_CLINIC).on(TB_CLINIC.SITE_ID.eq(open.SITE_ID))
                        .where(open.PERSON_ID.eq(TB_APPOINTMENT.PERSON_ID).and(open.CHECKED_OUT_ON.isNull())
                                .and(TB_CLINIC.ID.eq(TB_APPOINTMENT.CLINIC_ID)))))
                .execute();
    }

    /**
     * Refers everyone in private housing who still needs screening to the municipal health service: no open
     * stay, and a household with a private address or a last stay that ended with PRIVATE_HOUSING; not referred
     * for it since that stay ended. Names the municipality of the last site (else the private address). One
     * statement; each person's last stay comes from one ordered pass over the stays ({@code distinct on}), so the
     * cost does not grow with a lookup per person and stay.
     *
     * @return how many referrals were recorded
     */
    int referPrivateHousing(LocalDate today, String createdBy) {
        var lastStay = db.select(STAY.PERSON_ID, STAY.SITE_ID, STAY.CHECKED_OUT_ON, STAY.CHECKOUT_REASON)
                .distinctOn(STAY.PERSON_ID)
                .from(STAY)
                .orderBy(STAY.PERSON_ID, STAY.CHECKED_IN_ON.desc(), STAY.ID.desc())
                .asTable("last_stay");
        Field<Long> lastPerson = lastStay.field(STAY.PERSON_ID);
        Field<Long> lastSite = lastStay.field(STAY.SITE_ID);
        Field<LocalDate> lastCheckout = lastStay.field(STAY.CHECKED_OUT_ON);
        Field<String> lastReason = lastStay.field(STAY.CHECKOUT_REASON);
        Field<String> referredTo = coalesce(
                MUNICIPALITY.NAME.concat(inline(" (")).concat(MUNICIPALITY.CODE).concat(inline(")")),
                HOUSEHOLD.PRIVATE_ADDRESS);
        return db.insertInto(TB_REFERRAL, TB_REFERRAL.PERSON_ID, TB_REFERRAL.REASON, TB_REFERRAL.REFERRED_ON,
                        TB_REFERRAL.REFERRED_TO, TB_REFERRAL.CREATED_BY)
                .select(DSL.select(PERSON.ID, inline("PRIVATE_HOUSING"), val(today), referredTo, val(createdBy))
                        .from(PERSON)
                        .leftJoin(HOUSEHOLD).on(HOUSEHOLD.ID.eq(PERSON.HOUSEHOLD_ID))
                        .leftJoin(lastStay).on(lastPerson.eq(PERSON.ID))
                        .leftJoin(SITE).on(SITE.ID.eq(lastSite))
                        .leftJoin(MUNICIPALITY).on(MUNICIPALITY.CODE.eq(SITE.MUNICIPALITY_CODE))
                        // stays never overlap: with an open stay, it is the last one
                        .where(lastPerson.isNull().or(lastCheckout.isNotNull()))
                        .and(HOUSEHOLD.PRIVATE_ADDRESS.isNotNull().or(lastReason.eq("PRIVATE_HOUSING")))
                        .and(PERSON.MERGED_INTO.isNull())
                        .and(status.basisDate(PERSON).isNotNull())
                        .and(DSL.not(status.done(PERSON.ID)))
                        .and(DSL.not(status.booked(PERSON.ID)))
                        .and(notExists(selectOne().from(TB_REFERRAL)
                                .where(TB_REFERRAL.PERSON_ID.eq(PERSON.ID)
                                        .and(TB_REFERRAL.REASON.eq("PRIVATE_HOUSING"))
                                        .and(TB_REFERRAL.FOLLOWED_UP_ON.isNull()
                                                .or(lastCheckout.isNull())
                                                .or(TB_REFERRAL.REFERRED_ON.ge(lastCheckout)))))))
                .onConflictDoNothing()
                .execute();
    }

    // ---- one booking ----

    /** Locks the clinic's row for the rest of the transaction; empty when there is no such clinic. */
    Optional<ClinicLock> lockClinic(long clinicId) {
        return db.select(TB_CLINIC.ID, TB_CLINIC.SITE_ID, TB_CLINIC.ACTIVE).from(TB_CLINIC)
                .where(TB_CLINIC.ID.eq(clinicId)).forUpdate()
                .fetchOptional(r -> new ClinicLock(r.value1(), r.value2(), r.value3()));
    }

    Optional<ClinicLock> findClinic(long clinicId) {
        return db.select(TB_CLINIC.ID, TB_CLINIC.SITE_ID, TB_CLINIC.ACTIVE).from(TB_CLINIC)
                .where(TB_CLINIC.ID.eq(clinicId))
                .fetchOptional(r -> new ClinicLock(r.value1(), r.value2(), r.value3()));
    }

    record ClinicLock(long id, long siteId, boolean active) {
    }

    int capacity(long clinicId, DayOfWeek weekday, TbTest test) {
        return db.select(TB_CLINIC_CAPACITY.CAPACITY).from(TB_CLINIC_CAPACITY)
                .where(TB_CLINIC_CAPACITY.CLINIC_ID.eq(clinicId)
                        .and(TB_CLINIC_CAPACITY.WEEKDAY.eq((short) weekday.getValue()))
                        .and(TB_CLINIC_CAPACITY.TEST_TYPE.eq(test.name())))
                .fetchOptional(TB_CLINIC_CAPACITY.CAPACITY).orElse(0);
    }

    boolean closed(long clinicId, LocalDate day) {
        return db.fetchExists(TB_CLINIC_CLOSED_DAY, TB_CLINIC_CLOSED_DAY.CLINIC_ID.eq(clinicId)
                .and(TB_CLINIC_CLOSED_DAY.DAY.eq(day)));
    }

    int booked(long clinicId, LocalDate day, TbTest test) {
        return db.fetchCount(TB_APPOINTMENT, TB_APPOINTMENT.CLINIC_ID.eq(clinicId).and(TB_APPOINTMENT.DAY.eq(day))
                .and(TB_APPOINTMENT.TEST_TYPE.eq(test.name())).and(TB_APPOINTMENT.STATE.eq("BOOKED")));
    }

    /** The clinic's slots from {@code from} to {@code to}: every day and test type its pattern has. */
    List<Slot> slots(long clinicId, LocalDate from, LocalDate to) {
        List<TbClinicRecords.Capacity> pattern = db.select(TB_CLINIC_CAPACITY.WEEKDAY, TB_CLINIC_CAPACITY.TEST_TYPE,
                        TB_CLINIC_CAPACITY.CAPACITY).from(TB_CLINIC_CAPACITY)
                .where(TB_CLINIC_CAPACITY.CLINIC_ID.eq(clinicId).and(TB_CLINIC_CAPACITY.CAPACITY.gt(0)))
                .orderBy(TB_CLINIC_CAPACITY.TEST_TYPE)
                .fetch(r -> new TbClinicRecords.Capacity(DayOfWeek.of(r.value1()), TbTest.valueOf(r.value2()),
                        r.value3()));
        var closed = new java.util.HashSet<LocalDate>();
        var booked = new java.util.HashMap<String, Integer>();
        closedDays(List.of(clinicId), from, to, (c, day, t, n) -> closed.add(day));
        bookedCounts(List.of(clinicId), from, to, (c, day, t, n) -> booked.put(day + "/" + t, n));
        List<Slot> slots = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            for (TbClinicRecords.Capacity capacity : pattern) {
                if (capacity.weekday() == day.getDayOfWeek()) {
                    slots.add(new Slot(day, capacity.test(), capacity.capacity(),
                            booked.getOrDefault(day + "/" + capacity.test(), 0), closed.contains(day)));
                }
            }
        }
        return slots;
    }

    Optional<LocalDate> birthDate(long personId) {
        return db.select(PERSON.BIRTH_DATE).from(PERSON).where(PERSON.ID.eq(personId))
                .fetchOptional(PERSON.BIRTH_DATE);
    }

    /** The site of the person's open stay, if any. */
    Optional<Long> stayingAt(long personId) {
        return db.select(STAY.SITE_ID).from(STAY)
                .where(STAY.PERSON_ID.eq(personId).and(STAY.CHECKED_OUT_ON.isNull()))
                .fetchOptional(STAY.SITE_ID);
    }

    Optional<Appointment> openAppointment(long personId) {
        return appointments(TB_APPOINTMENT.PERSON_ID.eq(personId).and(TB_APPOINTMENT.STATE.eq("BOOKED")));
    }

    Optional<Appointment> bookedAppointment(long appointmentId) {
        return appointments(TB_APPOINTMENT.ID.eq(appointmentId).and(TB_APPOINTMENT.STATE.eq("BOOKED")));
    }

    /** Open appointments at the site's clinic from {@code from} to {@code to}, by day; at most {@code limit}. */
    List<Appointment> bookedAtSite(long siteId, LocalDate from, LocalDate to, int limit) {
        return db.select(TB_APPOINTMENT.ID, TB_APPOINTMENT.PERSON_ID, TB_APPOINTMENT.CLINIC_ID, TB_CLINIC.NAME,
                        TB_CLINIC.LOCATION, TB_APPOINTMENT.DAY, TB_APPOINTMENT.TEST_TYPE, TB_APPOINTMENT.VERSION)
                .from(TB_APPOINTMENT).join(TB_CLINIC).on(TB_CLINIC.ID.eq(TB_APPOINTMENT.CLINIC_ID))
                .where(TB_CLINIC.SITE_ID.eq(siteId).and(TB_APPOINTMENT.STATE.eq("BOOKED"))
                        .and(TB_APPOINTMENT.DAY.between(from, to)))
                .orderBy(TB_APPOINTMENT.DAY, TB_APPOINTMENT.ID).limit(limit)
                .fetch(r -> new Appointment(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), TbTest.valueOf(r.value7()), r.value8()));
    }

    private Optional<Appointment> appointments(Condition condition) {
        return db.select(TB_APPOINTMENT.ID, TB_APPOINTMENT.PERSON_ID, TB_APPOINTMENT.CLINIC_ID, TB_CLINIC.NAME,
                        TB_CLINIC.LOCATION, TB_APPOINTMENT.DAY, TB_APPOINTMENT.TEST_TYPE, TB_APPOINTMENT.VERSION)
                .from(TB_APPOINTMENT).join(TB_CLINIC).on(TB_CLINIC.ID.eq(TB_APPOINTMENT.CLINIC_ID))
                .where(condition)
                .fetchOptional(r -> new Appointment(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), TbTest.valueOf(r.value7()), r.value8()));
    }

    long insertOne(long personId, long clinicId, LocalDate day, TbTest test, String bookedBy) {
        return db.insertInto(TB_APPOINTMENT)
                .set(TB_APPOINTMENT.PERSON_ID, personId)
                .set(TB_APPOINTMENT.CLINIC_ID, clinicId)
                .set(TB_APPOINTMENT.DAY, day)
                .set(TB_APPOINTMENT.TEST_TYPE, test.name())
                .set(TB_APPOINTMENT.BOOKED_BY, bookedBy)
                .returning(TB_APPOINTMENT.ID)
                .fetchSingle(TB_APPOINTMENT.ID);
    }

    /** @return false when the appointment is no longer BOOKED at {@code version} */
    boolean cancel(long appointmentId, int version, String reason) {
        return db.update(TB_APPOINTMENT)
                .set(TB_APPOINTMENT.STATE, "CANCELLED")
                .set(TB_APPOINTMENT.CANCEL_REASON, reason)
                .set(TB_APPOINTMENT.VERSION, TB_APPOINTMENT.VERSION.plus(1))
                .where(TB_APPOINTMENT.ID.eq(appointmentId).and(TB_APPOINTMENT.VERSION.eq(version))
                        .and(TB_APPOINTMENT.STATE.eq("BOOKED")))
                .execute() == 1;
    }
}
