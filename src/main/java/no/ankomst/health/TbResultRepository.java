package no.ankomst.health;

import static no.ankomst.db.Tables.PERSON;
import static no.ankomst.db.Tables.TB_APPOINTMENT;
import static no.ankomst.db.Tables.TB_REFERRAL;
import static no.ankomst.db.Tables.TB_RESULT;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.ankomst.db.tables.records.TbReferralRecord;
import no.ankomst.db.tables.records.TbResultRecord;
import no.ankomst.health.TbRecords.ReferralReason;
import no.ankomst.health.TbRecords.TbReferralEntry;
import no.ankomst.health.TbRecords.TbResultEntry;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Results (append-only) and referrals, and the open appointment a result closes. Health data: the service checks. */
@Repository
class TbResultRepository {

    private final DSLContext db;
    private final TbStatusConditions tb;

    TbResultRepository(DSLContext db, TbStatusConditions tb) {
        this.db = db;
        this.tb = tb;
    }

    /** What a result's checks need to know of the person. */
    record PersonFacts(long id, boolean merged, @Nullable Long healthSiteId, String name, LocalDate birthDate,
                       Incidence incidence) {
    }

    record OpenAppointment(long id, LocalDate day, TbTest testType) {
    }

    Optional<PersonFacts> person(long personId, LocalDate today) {
        return db.select(PERSON.ID, PERSON.MERGED_INTO, tb.healthSite(PERSON.ID), PERSON.FAMILY_NAME,
                        PERSON.GIVEN_NAMES, PERSON.BIRTH_DATE, tb.incidence(PERSON.CITIZENSHIPS, today))
                .from(PERSON).where(PERSON.ID.eq(personId))
                .fetchOptional(r -> new PersonFacts(r.value1(), r.value2() != null, r.value3(),
                        r.value4() + ", " + r.value5(), r.value6(), Incidence.valueOf(r.value7())));
    }

    Optional<OpenAppointment> openAppointment(long personId) {
        return db.select(TB_APPOINTMENT.ID, TB_APPOINTMENT.DAY, TB_APPOINTMENT.TEST_TYPE).from(TB_APPOINTMENT)
                .where(TB_APPOINTMENT.PERSON_ID.eq(personId).and(TB_APPOINTMENT.STATE.eq("BOOKED")))
                .fetchOptional(r -> new OpenAppointment(r.value1(), r.value2(), TbTest.valueOf(r.value3())));
    }

    /** The open appointment ends as ATTENDED or MISSED; false when it is no longer open. */
    boolean closeAppointment(long appointmentId, String state) {
        return db.update(TB_APPOINTMENT).set(TB_APPOINTMENT.STATE, state)
                .set(TB_APPOINTMENT.VERSION, TB_APPOINTMENT.VERSION.plus(1))
                .where(TB_APPOINTMENT.ID.eq(appointmentId).and(TB_APPOINTMENT.STATE.eq("BOOKED"))).execute() == 1;
    }

    long insertResult(long personId, @Nullable Long appointmentId, TbTest testType, LocalDate testedOn,
                      TbOutcome outcome, @Nullable String note, String recordedBy) {
        return db.insertInto(TB_RESULT).set(TB_RESULT.PERSON_ID, personId).set(TB_RESULT.APPOINTMENT_ID, appointmentId)
                .set(TB_RESULT.TEST_TYPE, testType.name()).set(TB_RESULT.TESTED_ON, testedOn)
                .set(TB_RESULT.OUTCOME, outcome.name()).set(TB_RESULT.NOTE, note)
                .set(TB_RESULT.RECORDED_BY, recordedBy).returning(TB_RESULT.ID).fetchSingle(TB_RESULT.ID);
    }

    /** A new open referral; none when one for that reason is open already (one open per person and reason). */
    Optional<Long> insertReferral(long personId, ReferralReason reason, @Nullable Long resultId, LocalDate on,
                                  String createdBy) {
        return db.insertInto(TB_REFERRAL).set(TB_REFERRAL.PERSON_ID, personId).set(TB_REFERRAL.REASON, reason.name())
                .set(TB_REFERRAL.RESULT_ID, resultId).set(TB_REFERRAL.REFERRED_ON, on)
                .set(TB_REFERRAL.CREATED_BY, createdBy)
                .onConflictDoNothing().returning(TB_REFERRAL.ID).fetchOptional(TB_REFERRAL.ID);
    }

    List<TbResultEntry> results(long personId) {
        return db.selectFrom(TB_RESULT).where(TB_RESULT.PERSON_ID.eq(personId))
                .orderBy(TB_RESULT.RECORDED_AT.desc(), TB_RESULT.ID.desc()).fetch(TbResultRepository::result);
    }

    Optional<TbResultEntry> result(long resultId) {
        return db.selectFrom(TB_RESULT).where(TB_RESULT.ID.eq(resultId)).fetchOptional(TbResultRepository::result);
    }

    List<TbReferralEntry> referrals(long personId) {
        return db.selectFrom(TB_REFERRAL).where(TB_REFERRAL.PERSON_ID.eq(personId))
                .orderBy(TB_REFERRAL.REFERRED_ON.desc(), TB_REFERRAL.ID.desc()).fetch(TbResultRepository::referral);
    }

    Optional<TbReferralEntry> referral(long referralId) {
        return db.selectFrom(TB_REFERRAL).where(TB_REFERRAL.ID.eq(referralId))
                .fetchOptional(TbResultRepository::referral);
    }

    /** False when someone changed the referral since {@code version} was read. */
    boolean followUp(long referralId, int version, LocalDate on, @Nullable String note) {
        return db.update(TB_REFERRAL).set(TB_REFERRAL.FOLLOWED_UP_ON, on).set(TB_REFERRAL.FOLLOW_UP_NOTE, note)
                .set(TB_REFERRAL.VERSION, TB_REFERRAL.VERSION.plus(1))
                .where(TB_REFERRAL.ID.eq(referralId).and(TB_REFERRAL.VERSION.eq(version))).execute() == 1;
    }

    private static TbResultEntry result(TbResultRecord r) {
        return new TbResultEntry(r.getId(), r.getPersonId(), r.getAppointmentId(), TbTest.valueOf(r.getTestType()),
                r.getTestedOn(), TbOutcome.valueOf(r.getOutcome()), r.getNote(), r.getRecordedBy(),
                r.getRecordedAt());
    }

    private static TbReferralEntry referral(TbReferralRecord r) {
        return new TbReferralEntry(r.getId(), r.getPersonId(), ReferralReason.valueOf(r.getReason()), r.getResultId(),
                r.getReferredOn(), r.getReferredTo(), r.getFollowedUpOn(), r.getFollowUpNote(), r.getVersion());
    }
}
