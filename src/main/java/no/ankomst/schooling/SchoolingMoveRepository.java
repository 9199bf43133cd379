package no.ankomst.schooling;

import static no.ankomst.db.Tables.ACTIVITY_PARTICIPATION;
import static no.ankomst.db.Tables.KINDERGARTEN_PLACE;
import static no.ankomst.db.Tables.KINDERGARTEN_RIGHT;
import static no.ankomst.db.Tables.SCHOOL;
import static no.ankomst.db.Tables.SCHOOL_ENROLMENT;
import static no.ankomst.db.Tables.SCHOOL_NEED;
import static no.ankomst.db.Tables.SITE;
import static no.ankomst.db.Tables.STAY;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.greatest;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.val;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import no.ankomst.db.tables.ActivityParticipation;
import no.ankomst.db.tables.KindergartenRight;
import no.ankomst.db.tables.SchoolEnrolment;
import no.ankomst.db.tables.SchoolNeed;
import org.jooq.DSLContext;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;

/**
 * The set-based writes nobody signs: a move or a settlement ending enrolments in another municipality, the daily
 * job noticing children coming into school age, and a merge moving a child's rows to the surviving record.
 */
@Repository
class SchoolingMoveRepository {

    private final DSLContext db;
    private final SchoolingRules rules;

    SchoolingMoveRepository(DSLContext db, SchoolingRules rules) {
        this.db = db;
        this.rules = rules;
    }

    /** The municipality of the site the person stays at now. */
    Optional<String> currentMunicipality(long personId) {
        return db.select(SITE.MUNICIPALITY_CODE).from(STAY).join(SITE).on(SITE.ID.eq(STAY.SITE_ID))
                .where(STAY.PERSON_ID.eq(personId).and(STAY.CHECKED_OUT_ON.isNull()))
                .fetchOptional(SITE.MUNICIPALITY_CODE);
    }

    /**
     * Ends (reason MOVED) the open enrolments of these people at schools outside {@code municipalityCode}, on
     * {@code on} or on the enrolment's latest date if that is later. Running it again changes nothing.
     *
     * @return the ids of the enrolments ended, with their person
     */
    List<Ended> endOutside(Collection<Long> personIds, String municipalityCode, LocalDate on) {
        return db.update(SCHOOL_ENROLMENT)
                .set(SCHOOL_ENROLMENT.STATE, EnrolmentState.ENDED.name())
                .set(SCHOOL_ENROLMENT.END_REASON, EndReason.MOVED.name())
                .set(SCHOOL_ENROLMENT.ENDED_ON, greatest(val(on), SCHOOL_ENROLMENT.APPLIED_ON,
                        coalesce(SCHOOL_ENROLMENT.ENROLLED_ON, SCHOOL_ENROLMENT.APPLIED_ON),
                        coalesce(SCHOOL_ENROLMENT.STARTED_ON, SCHOOL_ENROLMENT.APPLIED_ON)))
                .set(SCHOOL_ENROLMENT.VERSION, SCHOOL_ENROLMENT.VERSION.plus(1))
                .where(SCHOOL_ENROLMENT.PERSON_ID.in(personIds)
                        .and(SCHOOL_ENROLMENT.ENDED_ON.isNull())
                        .and(SCHOOL_ENROLMENT.SCHOOL_ID.in(select(SCHOOL.ID).from(SCHOOL)
                                .where(SCHOOL.MUNICIPALITY_CODE.ne(municipalityCode)))))
                .returning(SCHOOL_ENROLMENT.ID, SCHOOL_ENROLMENT.PERSON_ID, SCHOOL_ENROLMENT.ENDED_ON)
                .fetch(r -> new Ended(r.getId(), r.getPersonId(), r.getEndedOn()));
    }

    record Ended(long enrolmentId, long personId, LocalDate endedOn) {
    }

    /** Records a need for school; nothing when the same need is recorded already. */
    int openNeed(long personId, NeedReason reason, LocalDate on, String municipalityCode) {
        return db.insertInto(SCHOOL_NEED)
                .set(SCHOOL_NEED.PERSON_ID, personId)
                .set(SCHOOL_NEED.REASON, reason.name())
                .set(SCHOOL_NEED.OPENED_ON, on)
                .set(SCHOOL_NEED.MUNICIPALITY_CODE, municipalityCode)
                .onConflictDoNothing()
                .execute();
    }

    /** The right to kindergarten from settlement; nothing when recorded already. */
    int recordKindergartenRight(Collection<Long> personIds, String municipalityCode, LocalDate from) {
        int added = 0;
        for (Long personId : personIds) {
            added += db.insertInto(KINDERGARTEN_RIGHT)
                    .set(KINDERGARTEN_RIGHT.PERSON_ID, personId)
                    .set(KINDERGARTEN_RIGHT.MUNICIPALITY_CODE, municipalityCode)
                    .set(KINDERGARTEN_RIGHT.FROM_ON, from)
                    .onConflictDoNothing()
                    .execute();
        }
        return added;
    }

    /**
     * The daily job's one statement: every child staying now at a site who is of school age today and whose coming
     * into school age is not recorded yet gets a need (reason SCHOOL_AGE, opened on 1 January of the year they
     * turn 6). Set-based; a second run the same day inserts nothing.
     *
     * @return how many children were noticed
     */
    int noticeSchoolAge(LocalDate today) {
        int year = today.getYear();
        // of school age today: born in or before the year that turns 6 now, and still before the end of the
        // school year of the year they turn 16
        LocalDate youngest = LocalDate.of(year - rules.schoolStartAge(), 12, 31);
        LocalDate lastSchoolDay = rules.schoolYearEnds().atYear(year);
        int oldestYear = today.isAfter(lastSchoolDay) ? year - rules.schoolEndAge() + 1 : year - rules.schoolEndAge();
        LocalDate oldest = LocalDate.of(oldestYear, 1, 1);
        SchoolEnrolment completed = SCHOOL_ENROLMENT.as("completed");
        return db.insertInto(SCHOOL_NEED, SCHOOL_NEED.PERSON_ID, SCHOOL_NEED.REASON, SCHOOL_NEED.OPENED_ON,
                        SCHOOL_NEED.MUNICIPALITY_CODE)
                .select(select(STAY.PERSON_ID, inline(NeedReason.SCHOOL_AGE.name()),
                        field("make_date(extract(year from {0})::int + {1}, 1, 1)", SQLDataType.LOCALDATE,
                                STAY.PERSON_BIRTH_DATE, inline(rules.schoolStartAge())),
                        SITE.MUNICIPALITY_CODE)
                        .from(STAY).join(SITE).on(SITE.ID.eq(STAY.SITE_ID))
                        .where(STAY.CHECKED_OUT_ON.isNull())
                        .and(STAY.PERSON_BIRTH_DATE.between(oldest, youngest))
                        .and(notExists(selectOne().from(completed).where(completed.PERSON_ID.eq(STAY.PERSON_ID)
                                .and(completed.END_REASON.eq(EndReason.COMPLETED_YEAR_10.name()))
                                .and(completed.ENDED_ON.le(today))))))
                .onConflictDoNothing()
                .execute();
    }

    // ---- merge ------------------------------------------------------------------------------------

    /** Whether an enrolment of the duplicate covers a day an enrolment of the survivor covers. */
    boolean enrolmentsOverlap(long duplicateId, long survivorId) {
        SchoolEnrolment other = SCHOOL_ENROLMENT.as("survivor_enrolment");
        return db.fetchExists(selectOne().from(SCHOOL_ENROLMENT).join(other)
                .on(field("daterange({0}, {1}, '[)') && daterange({2}, {3}, '[)')", SQLDataType.BOOLEAN,
                        SCHOOL_ENROLMENT.APPLIED_ON, SCHOOL_ENROLMENT.ENDED_ON, other.APPLIED_ON, other.ENDED_ON).isTrue())
                .where(SCHOOL_ENROLMENT.PERSON_ID.eq(duplicateId).and(other.PERSON_ID.eq(survivorId))));
    }

    boolean bothHaveOpenPlaces(long duplicateId, long survivorId) {
        return db.fetchCount(KINDERGARTEN_PLACE, KINDERGARTEN_PLACE.PERSON_ID.in(duplicateId, survivorId)
                .and(KINDERGARTEN_PLACE.ENDED_ON.isNull())) > 1;
    }

    int moveEnrolments(long duplicateId, long survivorId) {
        return db.update(SCHOOL_ENROLMENT).set(SCHOOL_ENROLMENT.PERSON_ID, survivorId)
                .where(SCHOOL_ENROLMENT.PERSON_ID.eq(duplicateId)).execute();
    }

    int movePlaces(long duplicateId, long survivorId) {
        return db.update(KINDERGARTEN_PLACE).set(KINDERGARTEN_PLACE.PERSON_ID, survivorId)
                .where(KINDERGARTEN_PLACE.PERSON_ID.eq(duplicateId)).execute();
    }

    /** Moves activity days the survivor has no record of; a day both have stays with the survivor's hours. */
    int moveActivity(long duplicateId, long survivorId) {
        ActivityParticipation mine = ACTIVITY_PARTICIPATION.as("survivor_activity");
        return db.update(ACTIVITY_PARTICIPATION).set(ACTIVITY_PARTICIPATION.PERSON_ID, survivorId)
                .where(ACTIVITY_PARTICIPATION.PERSON_ID.eq(duplicateId))
                .and(notExists(selectOne().from(mine).where(mine.PERSON_ID.eq(survivorId)
                        .and(mine.ON_DAY.eq(ACTIVITY_PARTICIPATION.ON_DAY)))))
                .execute();
    }

    void moveNeedsAndRights(long duplicateId, long survivorId) {
        SchoolNeed mine = SCHOOL_NEED.as("survivor_need");
        db.update(SCHOOL_NEED).set(SCHOOL_NEED.PERSON_ID, survivorId)
                .where(SCHOOL_NEED.PERSON_ID.eq(duplicateId))
                .and(notExists(selectOne().from(mine).where(mine.PERSON_ID.eq(survivorId)
                        .and(mine.REASON.eq(SCHOOL_NEED.REASON)).and(mine.OPENED_ON.eq(SCHOOL_NEED.OPENED_ON)))))
                .execute();
        KindergartenRight right = KINDERGARTEN_RIGHT.as("survivor_right");
        db.update(KINDERGARTEN_RIGHT).set(KINDERGARTEN_RIGHT.PERSON_ID, survivorId)
                .where(KINDERGARTEN_RIGHT.PERSON_ID.eq(duplicateId))
                .and(notExists(selectOne().from(right).where(right.PERSON_ID.eq(survivorId)
                        .and(right.MUNICIPALITY_CODE.eq(KINDERGARTEN_RIGHT.MUNICIPALITY_CODE))
                        .and(right.FROM_ON.eq(KINDERGARTEN_RIGHT.FROM_ON)))))
                .execute();
    }

    /** How many needs the person has recorded (for tests and the tab's history). */
    int needs(long personId, NeedReason reason) {
        return db.fetchCount(SCHOOL_NEED, SCHOOL_NEED.PERSON_ID.eq(personId).and(SCHOOL_NEED.REASON.eq(reason.name())));
    }
}
