package no.ankomst.schooling;

import static no.ankomst.db.Tables.ACTIVITY_PARTICIPATION;
import static no.ankomst.db.Tables.KINDERGARTEN_PLACE;
import static no.ankomst.db.Tables.KINDERGARTEN_RIGHT;
import static no.ankomst.db.Tables.PERSON;
import static no.ankomst.db.Tables.SCHOOL;
import static no.ankomst.db.Tables.SCHOOL_ENROLMENT;
import static no.ankomst.db.Tables.SITE;
import static no.ankomst.db.Tables.STAY;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.selectOne;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.ankomst.schooling.SchoolingRecords.ActivityRow;
import no.ankomst.schooling.SchoolingRecords.EnrolmentDraft;
import no.ankomst.schooling.SchoolingRecords.EnrolmentRow;
import no.ankomst.schooling.SchoolingRecords.KindergartenDraft;
import no.ankomst.schooling.SchoolingRecords.KindergartenRow;
import no.ankomst.residents.ResidentScopeConditions;
import no.ankomst.security.Scope;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.SQLDataType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Enrolments, kindergarten places and activity of one child. */
@Repository
class EnrolmentRepository {

    private final DSLContext db;
    private final ResidentScopeConditions scopes;

    EnrolmentRepository(DSLContext db, ResidentScopeConditions scopes) {
        this.db = db;
        this.scopes = scopes;
    }

    boolean personVisible(Scope scope, long personId) {
        return db.fetchExists(db.selectOne().from(PERSON).where(PERSON.ID.eq(personId)
                .and(scopes.visibleTo(scope, PERSON.ID))));
    }

    Optional<LocalDate> birthDate(long personId) {
        return db.select(PERSON.BIRTH_DATE).from(PERSON).where(PERSON.ID.eq(personId)).fetchOptional(PERSON.BIRTH_DATE);
    }

    /** The municipality of the site the person stays at now, if any. */
    Optional<String> currentMunicipality(long personId) {
        return db.select(SITE.MUNICIPALITY_CODE).from(STAY).join(SITE).on(SITE.ID.eq(STAY.SITE_ID))
                .where(STAY.PERSON_ID.eq(personId).and(STAY.CHECKED_OUT_ON.isNull()))
                .fetchOptional(SITE.MUNICIPALITY_CODE);
    }

    /** The school's municipality, if the school exists and is active. */
    Optional<String> activeSchoolMunicipality(long schoolId) {
        return db.select(SCHOOL.MUNICIPALITY_CODE).from(SCHOOL).where(SCHOOL.ID.eq(schoolId).and(SCHOOL.ACTIVE))
                .fetchOptional(SCHOOL.MUNICIPALITY_CODE);
    }

    List<EnrolmentRow> enrolments(long personId) {
        return db.select(SCHOOL_ENROLMENT.fields()).select(SCHOOL.NAME, SCHOOL.MUNICIPALITY_CODE)
                .from(SCHOOL_ENROLMENT).join(SCHOOL).on(SCHOOL.ID.eq(SCHOOL_ENROLMENT.SCHOOL_ID))
                .where(SCHOOL_ENROLMENT.PERSON_ID.eq(personId))
                .orderBy(SCHOOL_ENROLMENT.APPLIED_ON.desc(), SCHOOL_ENROLMENT.ID.desc())
                .fetch(EnrolmentRepository::toEnrolment);
    }

    Optional<EnrolmentRow> enrolment(long id) {
        return db.select(SCHOOL_ENROLMENT.fields()).select(SCHOOL.NAME, SCHOOL.MUNICIPALITY_CODE)
                .from(SCHOOL_ENROLMENT).join(SCHOOL).on(SCHOOL.ID.eq(SCHOOL_ENROLMENT.SCHOOL_ID))
                .where(SCHOOL_ENROLMENT.ID.eq(id))
                .fetchOptional(EnrolmentRepository::toEnrolment);
    }

    Optional<Long> personOfEnrolment(long id) {
        return db.select(SCHOOL_ENROLMENT.PERSON_ID).from(SCHOOL_ENROLMENT).where(SCHOOL_ENROLMENT.ID.eq(id))
                .fetchOptional(SCHOOL_ENROLMENT.PERSON_ID);
    }

    /** Whether another enrolment of the person covers any day of [appliedOn, endedOn). */
    boolean overlaps(long personId, LocalDate appliedOn, @Nullable LocalDate endedOn, @Nullable Long except) {
        return db.fetchExists(selectOne().from(SCHOOL_ENROLMENT).where(SCHOOL_ENROLMENT.PERSON_ID.eq(personId)
                .and(except == null ? noCondition() : SCHOOL_ENROLMENT.ID.ne(except))
                .and(field("daterange({0}, {1}, '[)') && daterange({2}::date, {3}::date, '[)')", SQLDataType.BOOLEAN,
                        SCHOOL_ENROLMENT.APPLIED_ON, SCHOOL_ENROLMENT.ENDED_ON, appliedOn, endedOn).isTrue())));
    }

    long insert(long personId, EnrolmentDraft d) {
        return db.insertInto(SCHOOL_ENROLMENT)
                .set(SCHOOL_ENROLMENT.PERSON_ID, personId)
                .set(SCHOOL_ENROLMENT.SCHOOL_ID, d.schoolId())
                .set(SCHOOL_ENROLMENT.SCHOOL_YEAR, d.schoolYear().shortValue())
                .set(SCHOOL_ENROLMENT.STATE, d.state().name())
                .set(SCHOOL_ENROLMENT.APPLIED_ON, d.appliedOn())
                .set(SCHOOL_ENROLMENT.ENROLLED_ON, d.enrolledOn())
                .set(SCHOOL_ENROLMENT.STARTED_ON, d.startedOn())
                .set(SCHOOL_ENROLMENT.ENDED_ON, d.endedOn())
                .set(SCHOOL_ENROLMENT.END_REASON, d.endReason() == null ? null : d.endReason().name())
                .returning(SCHOOL_ENROLMENT.ID).fetchSingle(SCHOOL_ENROLMENT.ID);
    }

    boolean update(long id, int version, EnrolmentDraft d) {
        return db.update(SCHOOL_ENROLMENT)
                .set(SCHOOL_ENROLMENT.SCHOOL_ID, d.schoolId())
                .set(SCHOOL_ENROLMENT.SCHOOL_YEAR, d.schoolYear().shortValue())
                .set(SCHOOL_ENROLMENT.STATE, d.state().name())
                .set(SCHOOL_ENROLMENT.APPLIED_ON, d.appliedOn())
                .set(SCHOOL_ENROLMENT.ENROLLED_ON, d.enrolledOn())
                .set(SCHOOL_ENROLMENT.STARTED_ON, d.startedOn())
                .set(SCHOOL_ENROLMENT.ENDED_ON, d.endedOn())
                .set(SCHOOL_ENROLMENT.END_REASON, d.endReason() == null ? null : d.endReason().name())
                .set(SCHOOL_ENROLMENT.VERSION, SCHOOL_ENROLMENT.VERSION.plus(1))
                .where(SCHOOL_ENROLMENT.ID.eq(id).and(SCHOOL_ENROLMENT.VERSION.eq(version)))
                .execute() == 1;
    }

    // ---- kindergarten and activity ----------------------------------------------------------------

    List<KindergartenRow> kindergarten(long personId) {
        return db.selectFrom(KINDERGARTEN_PLACE).where(KINDERGARTEN_PLACE.PERSON_ID.eq(personId))
                .orderBy(KINDERGARTEN_PLACE.APPLIED_ON.desc(), KINDERGARTEN_PLACE.ID.desc())
                .fetch(k -> new KindergartenRow(k.getId(), k.getAppliedOn(), k.getOfferedOn(), k.getStartedOn(),
                        k.getEndedOn(), k.getUdiFunded(), k.getVersion()));
    }

    Optional<Long> personOfPlace(long id) {
        return db.select(KINDERGARTEN_PLACE.PERSON_ID).from(KINDERGARTEN_PLACE).where(KINDERGARTEN_PLACE.ID.eq(id))
                .fetchOptional(KINDERGARTEN_PLACE.PERSON_ID);
    }

    boolean openPlaceExists(long personId, @Nullable Long except) {
        return db.fetchExists(KINDERGARTEN_PLACE, KINDERGARTEN_PLACE.PERSON_ID.eq(personId)
                .and(KINDERGARTEN_PLACE.ENDED_ON.isNull())
                .and(except == null ? noCondition() : KINDERGARTEN_PLACE.ID.ne(except)));
    }

    long insertPlace(long personId, KindergartenDraft d) {
        return db.insertInto(KINDERGARTEN_PLACE)
                .set(KINDERGARTEN_PLACE.PERSON_ID, personId)
                .set(KINDERGARTEN_PLACE.APPLIED_ON, d.appliedOn())
                .set(KINDERGARTEN_PLACE.OFFERED_ON, d.offeredOn())
                .set(KINDERGARTEN_PLACE.STARTED_ON, d.startedOn())
                .set(KINDERGARTEN_PLACE.ENDED_ON, d.endedOn())
                .set(KINDERGARTEN_PLACE.UDI_FUNDED, d.udiFunded())
                .returning(KINDERGARTEN_PLACE.ID).fetchSingle(KINDERGARTEN_PLACE.ID);
    }

    boolean updatePlace(long id, int version, KindergartenDraft d) {
        return db.update(KINDERGARTEN_PLACE)
                .set(KINDERGARTEN_PLACE.APPLIED_ON, d.appliedOn())
                .set(KINDERGARTEN_PLACE.OFFERED_ON, d.offeredOn())
                .set(KINDERGARTEN_PLACE.STARTED_ON, d.startedOn())
                .set(KINDERGARTEN_PLACE.ENDED_ON, d.endedOn())
                .set(KINDERGARTEN_PLACE.UDI_FUNDED, d.udiFunded())
                .set(KINDERGARTEN_PLACE.VERSION, KINDERGARTEN_PLACE.VERSION.plus(1))
                .where(KINDERGARTEN_PLACE.ID.eq(id).and(KINDERGARTEN_PLACE.VERSION.eq(version)))
                .execute() == 1;
    }

    Optional<LocalDate> kindergartenRightFrom(long personId) {
        return db.select(max(KINDERGARTEN_RIGHT.FROM_ON)).from(KINDERGARTEN_RIGHT)
                .where(KINDERGARTEN_RIGHT.PERSON_ID.eq(personId)).fetchOptional(0, LocalDate.class);
    }

    List<ActivityRow> activity(long personId, int limit) {
        return db.selectFrom(ACTIVITY_PARTICIPATION).where(ACTIVITY_PARTICIPATION.PERSON_ID.eq(personId))
                .orderBy(ACTIVITY_PARTICIPATION.ON_DAY.desc()).limit(limit)
                .fetch(a -> new ActivityRow(a.getOnDay(), a.getHours(), a.getRecordedBy()));
    }

    /** Records the day's hours; a second record of the same day replaces the hours. */
    void upsertActivity(long personId, LocalDate day, BigDecimal hours, String recordedBy) {
        db.insertInto(ACTIVITY_PARTICIPATION)
                .set(ACTIVITY_PARTICIPATION.PERSON_ID, personId)
                .set(ACTIVITY_PARTICIPATION.ON_DAY, day)
                .set(ACTIVITY_PARTICIPATION.HOURS, hours)
                .set(ACTIVITY_PARTICIPATION.RECORDED_BY, recordedBy)
                .onConflict(ACTIVITY_PARTICIPATION.PERSON_ID, ACTIVITY_PARTICIPATION.ON_DAY)
                .doUpdate()
                .set(ACTIVITY_PARTICIPATION.HOURS, hours)
                .set(ACTIVITY_PARTICIPATION.RECORDED_BY, recordedBy)
                .set(ACTIVITY_PARTICIPATION.RECORDED_AT, field("now()", ACTIVITY_PARTICIPATION.RECORDED_AT.getDataType()))
                .execute();
    }

    private static EnrolmentRow toEnrolment(Record r) {
        String reason = r.get(SCHOOL_ENROLMENT.END_REASON);
        return new EnrolmentRow(r.get(SCHOOL_ENROLMENT.ID), r.get(SCHOOL_ENROLMENT.SCHOOL_ID), r.get(SCHOOL.NAME),
                r.get(SCHOOL.MUNICIPALITY_CODE), r.get(SCHOOL_ENROLMENT.SCHOOL_YEAR),
                EnrolmentState.valueOf(r.get(SCHOOL_ENROLMENT.STATE)), r.get(SCHOOL_ENROLMENT.APPLIED_ON),
                r.get(SCHOOL_ENROLMENT.ENROLLED_ON), r.get(SCHOOL_ENROLMENT.STARTED_ON), r.get(SCHOOL_ENROLMENT.ENDED_ON),
                reason == null ? null : EndReason.valueOf(reason), r.get(SCHOOL_ENROLMENT.VERSION));
    }
}
