package no.ankomst.settlement;

import static no.ankomst.db.Tables.DWELLING;
import static no.ankomst.db.Tables.PERSON_MUNICIPALITY;
import static no.ankomst.db.Tables.SETTLEMENT_HOUSEHOLD;
import static no.ankomst.db.Tables.SETTLEMENT_MEMBER;
import static no.ankomst.db.Tables.SETTLEMENT_PROPOSAL;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.selectOne;

import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** The writes of a settlement: members due, where they live now, the dwelling used, the household settled. */
@Repository
class SettlementRepository {

    private final DSLContext db;
    private final java.time.Clock clock;

    SettlementRepository(DSLContext db, java.time.Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** A member whose settlement date has come and who is not settled yet. */
    record Due(long proposalId, long householdId, String municipalityCode, @Nullable Long dwellingId, long personId,
            LocalDate settlementDate) {
    }

    /**
     * Members of accepted proposals due on or before {@code today} and not settled, locked (skipping rows another
     * run holds), by household and date.
     */
    List<Due> due(LocalDate today, @Nullable Long proposalId) {
        return db.select(SETTLEMENT_MEMBER.PROPOSAL_ID, SETTLEMENT_PROPOSAL.HOUSEHOLD_ID,
                        SETTLEMENT_PROPOSAL.MUNICIPALITY_CODE, SETTLEMENT_PROPOSAL.DWELLING_ID,
                        SETTLEMENT_MEMBER.PERSON_ID, SETTLEMENT_MEMBER.SETTLEMENT_DATE)
                .from(SETTLEMENT_MEMBER)
                .join(SETTLEMENT_PROPOSAL).on(SETTLEMENT_PROPOSAL.ID.eq(SETTLEMENT_MEMBER.PROPOSAL_ID))
                .where(SETTLEMENT_MEMBER.SETTLED_AT.isNull().and(SETTLEMENT_MEMBER.SETTLEMENT_DATE.le(today))
                        .and(SETTLEMENT_PROPOSAL.STATE.eq(ProposalState.ACCEPTED.name()))
                        .and(proposalId == null ? org.jooq.impl.DSL.noCondition()
                                : SETTLEMENT_MEMBER.PROPOSAL_ID.eq(proposalId)))
                .orderBy(SETTLEMENT_PROPOSAL.HOUSEHOLD_ID, SETTLEMENT_MEMBER.SETTLEMENT_DATE, SETTLEMENT_MEMBER.PERSON_ID)
                .forUpdate().of(SETTLEMENT_MEMBER).skipLocked()
                .fetch(row -> new Due(row.value1(), row.value2(), row.value3(), row.value4(), row.value5(),
                        row.value6()));
    }

    void settle(Due member) {
        db.update(SETTLEMENT_MEMBER).set(SETTLEMENT_MEMBER.SETTLED_AT, org.jooq.impl.DSL.val(clock.instant()))
                .where(SETTLEMENT_MEMBER.PROPOSAL_ID.eq(member.proposalId())
                        .and(SETTLEMENT_MEMBER.PERSON_ID.eq(member.personId()))).execute();
        db.insertInto(PERSON_MUNICIPALITY).set(PERSON_MUNICIPALITY.PERSON_ID, member.personId())
                .set(PERSON_MUNICIPALITY.MUNICIPALITY_CODE, member.municipalityCode())
                .set(PERSON_MUNICIPALITY.SETTLED_ON, member.settlementDate())
                .onConflict(PERSON_MUNICIPALITY.PERSON_ID).doUpdate()
                .set(PERSON_MUNICIPALITY.MUNICIPALITY_CODE, member.municipalityCode())
                .set(PERSON_MUNICIPALITY.SETTLED_ON, member.settlementDate()).execute();
    }

    /** When every member of the proposal is settled: the dwelling USED and the household SETTLED. */
    boolean completeIfAllSettled(long proposalId, long householdId, @Nullable Long dwellingId) {
        boolean all = !db.fetchExists(SETTLEMENT_MEMBER, SETTLEMENT_MEMBER.PROPOSAL_ID.eq(proposalId)
                .and(SETTLEMENT_MEMBER.SETTLED_AT.isNull()));
        if (!all) {
            return false;
        }
        if (dwellingId != null) {
            db.update(DWELLING).set(DWELLING.STATE, SettlementStates.USED).set(DWELLING.VERSION, DWELLING.VERSION.plus(1))
                    .where(DWELLING.ID.eq(dwellingId).and(DWELLING.STATE.eq(SettlementStates.RESERVED))).execute();
        }
        return db.update(SETTLEMENT_HOUSEHOLD).set(SETTLEMENT_HOUSEHOLD.STATE, SettlementStates.SETTLED)
                .set(SETTLEMENT_HOUSEHOLD.UPDATED_AT, org.jooq.impl.DSL.val(clock.instant()))
                .set(SETTLEMENT_HOUSEHOLD.VERSION, SETTLEMENT_HOUSEHOLD.VERSION.plus(1))
                .where(SETTLEMENT_HOUSEHOLD.HOUSEHOLD_ID.eq(householdId)
                        .and(SETTLEMENT_HOUSEHOLD.STATE.eq(SettlementStates.ACCEPTED))).execute() == 1;
    }
}
