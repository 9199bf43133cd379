package no.ankomst.health;

import static no.ankomst.db.Tables.TB_APPOINTMENT;
import static no.ankomst.db.Tables.TB_REFERRAL;
import static no.ankomst.db.Tables.TB_RESULT;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;

import no.ankomst.db.tables.TbReferral;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** A merged duplicate's TB rows following the record that lives on. */
@Repository
class TbMergeRepository {

    private final DSLContext db;

    TbMergeRepository(DSLContext db) {
        this.db = db;
    }

    /**
     * The duplicate's open appointment is cancelled (reason MERGED) when the survivor has one of their own (one open
     * appointment per person); then every appointment of the duplicate becomes the survivor's.
     */
    int moveAppointments(long fromPersonId, long toPersonId) {
        db.update(TB_APPOINTMENT).set(TB_APPOINTMENT.STATE, "CANCELLED").set(TB_APPOINTMENT.CANCEL_REASON, "MERGED")
                .set(TB_APPOINTMENT.VERSION, TB_APPOINTMENT.VERSION.plus(1))
                .where(TB_APPOINTMENT.PERSON_ID.eq(fromPersonId).and(TB_APPOINTMENT.STATE.eq("BOOKED"))
                        .and(org.jooq.impl.DSL.exists(selectOne().from(TB_APPOINTMENT.as("survivor_open"))
                                .where(TB_APPOINTMENT.as("survivor_open").PERSON_ID.eq(toPersonId)
                                        .and(TB_APPOINTMENT.as("survivor_open").STATE.eq("BOOKED"))))))
                .execute();
        return db.update(TB_APPOINTMENT).set(TB_APPOINTMENT.PERSON_ID, toPersonId)
                .where(TB_APPOINTMENT.PERSON_ID.eq(fromPersonId)).execute();
    }

    /**
     * Results are append-only: the duplicate's are copied to the survivor with their own record time, so the latest
     * result of either is the survivor's latest; the originals stay on the merged record as history.
     */
    int copyResults(long fromPersonId, long toPersonId) {
        return db.insertInto(TB_RESULT, TB_RESULT.PERSON_ID, TB_RESULT.APPOINTMENT_ID, TB_RESULT.TEST_TYPE,
                        TB_RESULT.TESTED_ON, TB_RESULT.OUTCOME, TB_RESULT.NOTE, TB_RESULT.RECORDED_BY,
                        TB_RESULT.RECORDED_AT)
                .select(select(inline(toPersonId), TB_RESULT.APPOINTMENT_ID, TB_RESULT.TEST_TYPE, TB_RESULT.TESTED_ON,
                        TB_RESULT.OUTCOME, TB_RESULT.NOTE, TB_RESULT.RECORDED_BY, TB_RESULT.RECORDED_AT)
                        .from(TB_RESULT).where(TB_RESULT.PERSON_ID.eq(fromPersonId)).orderBy(TB_RESULT.ID))
                .execute();
    }

    /**
     * The duplicate's referrals become the survivor's, except an open one for a reason the survivor has open too
     * (one open referral per person and reason): that one stays on the merged record.
     */
    int moveReferrals(long fromPersonId, long toPersonId) {
        TbReferral survivor = TB_REFERRAL.as("survivor_referral");
        return db.update(TB_REFERRAL).set(TB_REFERRAL.PERSON_ID, toPersonId)
                .where(TB_REFERRAL.PERSON_ID.eq(fromPersonId).and(TB_REFERRAL.FOLLOWED_UP_ON.isNotNull()
                        .or(notExists(selectOne().from(survivor).where(survivor.PERSON_ID.eq(toPersonId)
                                .and(survivor.REASON.eq(TB_REFERRAL.REASON)).and(survivor.FOLLOWED_UP_ON.isNull()))))))
                .execute();
    }
}
