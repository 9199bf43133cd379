package no.ankomst.settlement;

import static no.ankomst.db.Tables.PERSON_MUNICIPALITY;
import static no.ankomst.db.Tables.SETTLEMENT_INTERVIEW_ADULT;
import static no.ankomst.db.Tables.SETTLEMENT_MEMBER;

import no.ankomst.db.tables.SettlementInterviewAdult;
import no.ankomst.db.tables.SettlementMember;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The settlement rows about one person that a merge of two person records looks at and moves. */
@Repository
class SettlementMergeRepository {

    private final DSLContext db;

    SettlementMergeRepository(DSLContext db) {
        this.db = db;
    }

    /** Both records are members of the same proposal: one person would be settled twice. */
    boolean bothInOneProposal(long duplicateId, long survivorId) {
        SettlementMember other = SETTLEMENT_MEMBER.as("other");
        return db.fetchExists(db.selectOne().from(SETTLEMENT_MEMBER)
                .join(other).on(other.PROPOSAL_ID.eq(SETTLEMENT_MEMBER.PROPOSAL_ID))
                .where(SETTLEMENT_MEMBER.PERSON_ID.eq(duplicateId).and(other.PERSON_ID.eq(survivorId))));
    }

    /** Both records are settled (each has a municipality of residence). */
    boolean bothSettled(long duplicateId, long survivorId) {
        return db.fetchCount(PERSON_MUNICIPALITY, PERSON_MUNICIPALITY.PERSON_ID.in(duplicateId, survivorId)) > 1;
    }

    int moveMemberships(long duplicateId, long survivorId) {
        return db.update(SETTLEMENT_MEMBER).set(SETTLEMENT_MEMBER.PERSON_ID, survivorId)
                .where(SETTLEMENT_MEMBER.PERSON_ID.eq(duplicateId)).execute();
    }

    int moveMunicipality(long duplicateId, long survivorId) {
        return db.update(PERSON_MUNICIPALITY).set(PERSON_MUNICIPALITY.PERSON_ID, survivorId)
                .where(PERSON_MUNICIPALITY.PERSON_ID.eq(duplicateId)).execute();
    }

    /**
     * The duplicate's interview answers move to the survivor; where the survivor answered in the same interview,
     * the survivor's answers stand and the duplicate's go.
     */
    int moveInterviewAnswers(long duplicateId, long survivorId) {
        SettlementInterviewAdult survivor = SETTLEMENT_INTERVIEW_ADULT.as("survivor");
        db.deleteFrom(SETTLEMENT_INTERVIEW_ADULT)
                .where(SETTLEMENT_INTERVIEW_ADULT.PERSON_ID.eq(duplicateId))
                .andExists(db.selectOne().from(survivor).where(survivor.PERSON_ID.eq(survivorId)
                        .and(survivor.INTERVIEW_ID.eq(SETTLEMENT_INTERVIEW_ADULT.INTERVIEW_ID))))
                .execute();
        return db.update(SETTLEMENT_INTERVIEW_ADULT).set(SETTLEMENT_INTERVIEW_ADULT.PERSON_ID, survivorId)
                .where(SETTLEMENT_INTERVIEW_ADULT.PERSON_ID.eq(duplicateId)).execute();
    }
}
