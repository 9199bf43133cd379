package no.ankomst.settlement;

import static no.ankomst.db.Tables.DWELLING;
import static no.ankomst.db.Tables.MATCHING_RUN;
import static no.ankomst.db.Tables.MUNICIPALITY;
import static no.ankomst.db.Tables.PERSON;
import static no.ankomst.db.Tables.SETTLEMENT_HOUSEHOLD;
import static no.ankomst.db.Tables.SETTLEMENT_INTERVIEW;
import static no.ankomst.db.Tables.SETTLEMENT_MEMBER;
import static no.ankomst.db.Tables.SETTLEMENT_PROPOSAL;
import static org.jooq.impl.DSL.falseCondition;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.val;
import static org.jooq.impl.DSL.when;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.ankomst.db.tables.Person;
import no.ankomst.settlement.ProposalRecords.DwellingOption;
import no.ankomst.settlement.ProposalRecords.MemberRow;
import no.ankomst.settlement.ProposalRecords.ProposalFilter;
import no.ankomst.settlement.ProposalRecords.ProposalRow;
import no.ankomst.security.Role;
import no.ankomst.security.Scope;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Matching runs, proposals and their members; every read takes the caller's scope as a condition. */
@Repository
class ProposalRepository {

    private final DSLContext db;
    private final Clock clock;

    ProposalRepository(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    // ---- runs and drafts

    long insertRun(String runBy, Collection<String> counties, int households, int assigned, long score,
            long greedyScore, int hardBroken, long durationMs) {
        return db.insertInto(MATCHING_RUN).set(MATCHING_RUN.RUN_BY, runBy)
                .set(MATCHING_RUN.COUNTY_CODES, counties.stream().sorted().toArray(String[]::new))
                .set(MATCHING_RUN.HOUSEHOLDS, households).set(MATCHING_RUN.ASSIGNED, assigned)
                .set(MATCHING_RUN.SCORE, score).set(MATCHING_RUN.GREEDY_SCORE, greedyScore)
                .set(MATCHING_RUN.HARD_BROKEN, hardBroken).set(MATCHING_RUN.DURATION_MS, durationMs)
                .returning(MATCHING_RUN.ID).fetchSingle(MATCHING_RUN.ID);
    }

    /** The drafts of households in these counties: replaced by a new run. */
    int withdrawDrafts(Collection<String> counties) {
        return db.update(SETTLEMENT_PROPOSAL).set(SETTLEMENT_PROPOSAL.STATE, ProposalState.WITHDRAWN.name())
                .set(SETTLEMENT_PROPOSAL.VERSION, SETTLEMENT_PROPOSAL.VERSION.plus(1))
                .where(SETTLEMENT_PROPOSAL.STATE.eq(ProposalState.DRAFT.name())
                        .and(SETTLEMENT_PROPOSAL.HOUSEHOLD_ID.in(select(SETTLEMENT_HOUSEHOLD.HOUSEHOLD_ID)
                                .from(SETTLEMENT_HOUSEHOLD).where(SETTLEMENT_HOUSEHOLD.COUNTY_CODE.in(counties)))))
                .execute();
    }

    /**
     * A draft for a household still ready and in no open proposal (someone may have sent one while the run
     * searched): nothing is written otherwise.
     */
    boolean insertDraft(long runId, long householdId, String municipalityCode, @Nullable Long dwellingId, long score,
            String explanation, String proposedBy) {
        return db.insertInto(SETTLEMENT_PROPOSAL, SETTLEMENT_PROPOSAL.HOUSEHOLD_ID,
                        SETTLEMENT_PROPOSAL.MUNICIPALITY_CODE, SETTLEMENT_PROPOSAL.DWELLING_ID,
                        SETTLEMENT_PROPOSAL.MATCHING_RUN_ID, SETTLEMENT_PROPOSAL.STATE, SETTLEMENT_PROPOSAL.SCORE,
                        SETTLEMENT_PROPOSAL.EXPLANATION, SETTLEMENT_PROPOSAL.PROPOSED_BY)
                .select(select(val(householdId), val(municipalityCode), val(dwellingId, Long.class), val(runId),
                        val(ProposalState.DRAFT.name()), val(score), val(JSONB.valueOf(explanation)), val(proposedBy))
                        .where(notExists(selectOne().from(SETTLEMENT_PROPOSAL)
                                .where(SETTLEMENT_PROPOSAL.HOUSEHOLD_ID.eq(householdId)
                                        .and(SETTLEMENT_PROPOSAL.STATE.in(ProposalState.DRAFT.name(),
                                                ProposalState.SENT.name(), ProposalState.ACCEPTED.name())))))
                        .and(householdIn(householdId, SettlementStates.READY)))
                .execute() == 1;
    }

    // ---- reads

    List<ProposalRow> page(Scope scope, ProposalFilter filter, int offset, int limit) {
        return rows(scoped(scope).and(filterOf(filter)), offset, limit);
    }

    int count(Scope scope, ProposalFilter filter) {
        return db.fetchCount(db.select(SETTLEMENT_PROPOSAL.ID).from(SETTLEMENT_PROPOSAL)
                .join(SETTLEMENT_HOUSEHOLD).on(SETTLEMENT_HOUSEHOLD.HOUSEHOLD_ID.eq(SETTLEMENT_PROPOSAL.HOUSEHOLD_ID))
                .where(scoped(scope).and(filterOf(filter))));
    }

    Optional<ProposalRow> find(Scope scope, long proposalId) {
        return rows(scoped(scope).and(SETTLEMENT_PROPOSAL.ID.eq(proposalId)), 0, 1).stream().findFirst();
    }

    /** The household's open proposal, if any, within scope. */
    Optional<ProposalRow> openOf(Scope scope, long householdId) {
        return rows(scoped(scope).and(SETTLEMENT_PROPOSAL.HOUSEHOLD_ID.eq(householdId))
                .and(SETTLEMENT_PROPOSAL.STATE.in(ProposalState.SENT.name(), ProposalState.ACCEPTED.name())), 0, 1)
                .stream().findFirst();
    }

    /** The household's latest DECLINED proposal within scope. */
    Optional<ProposalRecords.Decline> lastDecline(Scope scope, long householdId) {
        return db.select(SETTLEMENT_PROPOSAL.ID, SETTLEMENT_PROPOSAL.MUNICIPALITY_CODE, MUNICIPALITY.NAME,
                        SETTLEMENT_PROPOSAL.DECLINE_REASON, SETTLEMENT_PROPOSAL.DECIDED_AT)
                .from(SETTLEMENT_PROPOSAL)
                .join(SETTLEMENT_HOUSEHOLD).on(SETTLEMENT_HOUSEHOLD.HOUSEHOLD_ID.eq(SETTLEMENT_PROPOSAL.HOUSEHOLD_ID))
                .join(MUNICIPALITY).on(MUNICIPALITY.CODE.eq(SETTLEMENT_PROPOSAL.MUNICIPALITY_CODE))
                .where(scoped(scope).and(SETTLEMENT_PROPOSAL.HOUSEHOLD_ID.eq(householdId))
                        .and(SETTLEMENT_PROPOSAL.STATE.eq(ProposalState.DECLINED.name())))
                .orderBy(SETTLEMENT_PROPOSAL.DECIDED_AT.desc().nullsLast(), SETTLEMENT_PROPOSAL.ID.desc()).limit(1)
                .fetchOptional(row -> new ProposalRecords.Decline(row.value1(), row.value2(), row.value3(),
                        row.value4() == null ? "" : row.value4(), row.value5()));
    }

    private List<ProposalRow> rows(Condition where, int offset, int limit) {
        Person head = PERSON.as("head");
        Field<String> headName = field(select(head.FAMILY_NAME.concat(inline(", ")).concat(head.GIVEN_NAMES))
                .from(head).where(head.HOUSEHOLD_ID.eq(SETTLEMENT_PROPOSAL.HOUSEHOLD_ID).and(head.MERGED_INTO.isNull()))
                .orderBy(when(head.RELATION_TO_HEAD.eq("HEAD"), inline(0)).otherwise(inline(1)), head.ID).limit(1))
                .as("head_name");
        LocalDate adultBorn = LocalDate.now(clock).minusYears(18);
        Field<Integer> adults = members(PERSON.BIRTH_DATE.le(adultBorn)).as("adults");
        Field<Integer> children = members(PERSON.BIRTH_DATE.gt(adultBorn)).as("children");
        return db.select(SETTLEMENT_PROPOSAL.ID, SETTLEMENT_PROPOSAL.HOUSEHOLD_ID, headName, adults, children,
                        SETTLEMENT_HOUSEHOLD.UNACCOMPANIED_MINOR, SETTLEMENT_PROPOSAL.MUNICIPALITY_CODE, MUNICIPALITY.NAME,
                        SETTLEMENT_PROPOSAL.DWELLING_ID, DWELLING.LABEL, SETTLEMENT_PROPOSAL.STATE,
                        SETTLEMENT_PROPOSAL.SCORE, SETTLEMENT_PROPOSAL.EXPLANATION, SETTLEMENT_PROPOSAL.OVERRIDE_REASON,
                        SETTLEMENT_PROPOSAL.DECLINE_REASON, SETTLEMENT_HOUSEHOLD.TARGET_DATE,
                        SETTLEMENT_PROPOSAL.MATCHING_RUN_ID, SETTLEMENT_PROPOSAL.VERSION)
                .from(SETTLEMENT_PROPOSAL)
                .join(SETTLEMENT_HOUSEHOLD).on(SETTLEMENT_HOUSEHOLD.HOUSEHOLD_ID.eq(SETTLEMENT_PROPOSAL.HOUSEHOLD_ID))
                .join(MUNICIPALITY).on(MUNICIPALITY.CODE.eq(SETTLEMENT_PROPOSAL.MUNICIPALITY_CODE))
                .leftJoin(DWELLING).on(DWELLING.ID.eq(SETTLEMENT_PROPOSAL.DWELLING_ID))
                .where(where)
                .orderBy(SETTLEMENT_HOUSEHOLD.TARGET_DATE.asc().nullsLast(), SETTLEMENT_PROPOSAL.ID)
                .offset(offset).limit(limit)
                .fetch(row -> toRow(row, headName, adults, children));
    }

    private static ProposalRow toRow(Record row, Field<String> headName, Field<Integer> adults,
            Field<Integer> children) {
        String name = row.get(headName);
        int a = row.get(adults);
        int c = row.get(children);
        return new ProposalRow(row.get(SETTLEMENT_PROPOSAL.ID), row.get(SETTLEMENT_PROPOSAL.HOUSEHOLD_ID),
                name == null ? "" : name, a + c, a, c, row.get(SETTLEMENT_HOUSEHOLD.UNACCOMPANIED_MINOR),
                row.get(SETTLEMENT_PROPOSAL.MUNICIPALITY_CODE), row.get(MUNICIPALITY.NAME),
                row.get(SETTLEMENT_PROPOSAL.DWELLING_ID), row.get(DWELLING.LABEL),
                ProposalState.valueOf(row.get(SETTLEMENT_PROPOSAL.STATE)), row.get(SETTLEMENT_PROPOSAL.SCORE),
                ExplanationJson.read(row.get(SETTLEMENT_PROPOSAL.EXPLANATION).data()),
                row.get(SETTLEMENT_PROPOSAL.OVERRIDE_REASON), row.get(SETTLEMENT_PROPOSAL.DECLINE_REASON),
                row.get(SETTLEMENT_HOUSEHOLD.TARGET_DATE), row.get(SETTLEMENT_PROPOSAL.MATCHING_RUN_ID),
                row.get(SETTLEMENT_PROPOSAL.VERSION));
    }

    private static Field<Integer> members(Condition which) {
        return field(select(org.jooq.impl.DSL.count()).from(PERSON).where(PERSON.HOUSEHOLD_ID.eq(SETTLEMENT_PROPOSAL.HOUSEHOLD_ID)
                .and(PERSON.MERGED_INTO.isNull()).and(which)));
    }

    private static Condition filterOf(ProposalFilter filter) {
        Condition run = filter.runId() == null ? org.jooq.impl.DSL.noCondition()
                : SETTLEMENT_PROPOSAL.MATCHING_RUN_ID.eq(filter.runId());
        if (filter.state() != null) {
            return run.and(SETTLEMENT_PROPOSAL.STATE.eq(filter.state().name()));
        }
        // without a state: a run's proposals all, otherwise the open ones
        return filter.runId() != null ? run : SETTLEMENT_PROPOSAL.STATE.in(ProposalState.DRAFT.name(),
                ProposalState.SENT.name(), ProposalState.ACCEPTED.name());
    }

    // ---- changes (each as last read: version)

    boolean override(long proposalId, int version, String municipalityCode, @Nullable Long dwellingId, long score,
            String explanation, String reason) {
        return db.update(SETTLEMENT_PROPOSAL).set(SETTLEMENT_PROPOSAL.MUNICIPALITY_CODE, municipalityCode)
                .set(SETTLEMENT_PROPOSAL.DWELLING_ID, dwellingId).set(SETTLEMENT_PROPOSAL.SCORE, score)
                .set(SETTLEMENT_PROPOSAL.EXPLANATION, JSONB.valueOf(explanation)).set(SETTLEMENT_PROPOSAL.OVERRIDE_REASON, reason)
                .set(SETTLEMENT_PROPOSAL.VERSION, SETTLEMENT_PROPOSAL.VERSION.plus(1))
                .where(SETTLEMENT_PROPOSAL.ID.eq(proposalId).and(SETTLEMENT_PROPOSAL.VERSION.eq(version))
                        .and(SETTLEMENT_PROPOSAL.STATE.eq(ProposalState.DRAFT.name())))
                .execute() == 1;
    }

    boolean move(long proposalId, int version, ProposalState from, ProposalState to) {
        var update = db.update(SETTLEMENT_PROPOSAL).set(SETTLEMENT_PROPOSAL.STATE, to.name())
                .set(SETTLEMENT_PROPOSAL.VERSION, SETTLEMENT_PROPOSAL.VERSION.plus(1));
        if (to == ProposalState.SENT) {
            update = update.set(SETTLEMENT_PROPOSAL.SENT_AT, val(clock.instant()));
        }
        return update.where(SETTLEMENT_PROPOSAL.ID.eq(proposalId).and(SETTLEMENT_PROPOSAL.VERSION.eq(version))
                .and(SETTLEMENT_PROPOSAL.STATE.eq(from.name()))).execute() == 1;
    }

    boolean decide(long proposalId, int version, ProposalState to, String decidedBy, @Nullable Long dwellingId,
            @Nullable String declineReason) {
        var update = db.update(SETTLEMENT_PROPOSAL).set(SETTLEMENT_PROPOSAL.STATE, to.name())
                .set(SETTLEMENT_PROPOSAL.DECIDED_BY, decidedBy).set(SETTLEMENT_PROPOSAL.DECIDED_AT, val(clock.instant()))
                .set(SETTLEMENT_PROPOSAL.DECLINE_REASON, declineReason)
                .set(SETTLEMENT_PROPOSAL.VERSION, SETTLEMENT_PROPOSAL.VERSION.plus(1));
        if (dwellingId != null) {
            update = update.set(SETTLEMENT_PROPOSAL.DWELLING_ID, dwellingId);
        }
        return update.where(SETTLEMENT_PROPOSAL.ID.eq(proposalId).and(SETTLEMENT_PROPOSAL.VERSION.eq(version))
                .and(SETTLEMENT_PROPOSAL.STATE.eq(ProposalState.SENT.name()))).execute() == 1;
    }

    /** Moves the household's pipeline state, only from {@code from} (another feature's state is never overwritten). */
    boolean moveHousehold(long householdId, String from, String to) {
        return db.update(SETTLEMENT_HOUSEHOLD).set(SETTLEMENT_HOUSEHOLD.STATE, to)
                .set(SETTLEMENT_HOUSEHOLD.UPDATED_AT, val(clock.instant()))
                .set(SETTLEMENT_HOUSEHOLD.VERSION, SETTLEMENT_HOUSEHOLD.VERSION.plus(1))
                .where(SETTLEMENT_HOUSEHOLD.HOUSEHOLD_ID.eq(householdId).and(SETTLEMENT_HOUSEHOLD.STATE.eq(from)))
                .execute() == 1;
    }

    Optional<String> householdState(long householdId) {
        return db.select(SETTLEMENT_HOUSEHOLD.STATE).from(SETTLEMENT_HOUSEHOLD)
                .where(SETTLEMENT_HOUSEHOLD.HOUSEHOLD_ID.eq(householdId)).fetchOptional(SETTLEMENT_HOUSEHOLD.STATE);
    }

    boolean declinedBefore(long householdId, String municipalityCode) {
        return db.fetchExists(SETTLEMENT_PROPOSAL, SETTLEMENT_PROPOSAL.HOUSEHOLD_ID.eq(householdId)
                .and(SETTLEMENT_PROPOSAL.MUNICIPALITY_CODE.eq(municipalityCode))
                .and(SETTLEMENT_PROPOSAL.STATE.eq(ProposalState.DECLINED.name())));
    }

    // ---- dwellings and members

    /** Dwellings on offer in the municipality that fit the household (rooms, persons, access) and no sent proposal holds. */
    List<DwellingOption> fittingDwellings(String municipalityCode, int rooms, int persons, boolean accessible,
            long exceptProposalId) {
        return db.select(DWELLING.ID, DWELLING.LABEL, DWELLING.ROOMS, DWELLING.PERSONS, DWELLING.ACCESSIBLE,
                        DWELLING.AVAILABLE_FROM)
                .from(DWELLING)
                .where(DWELLING.MUNICIPALITY_CODE.eq(municipalityCode).and(DWELLING.STATE.eq(SettlementStates.OFFERED))
                        .and(DWELLING.ROOMS.ge(rooms)).and(DWELLING.PERSONS.ge(persons))
                        .and(accessible ? DWELLING.ACCESSIBLE.isTrue() : org.jooq.impl.DSL.noCondition())
                        .and(notExists(selectOne().from(SETTLEMENT_PROPOSAL)
                                .where(SETTLEMENT_PROPOSAL.DWELLING_ID.eq(DWELLING.ID)
                                        .and(SETTLEMENT_PROPOSAL.STATE.eq(ProposalState.SENT.name()))
                                        .and(SETTLEMENT_PROPOSAL.ID.ne(exceptProposalId))))))
                .orderBy(DWELLING.ROOMS, DWELLING.PERSONS, DWELLING.ID)
                .fetch(row -> new DwellingOption(row.value1(), row.value2(), row.value3(), row.value4(), row.value5(),
                        row.value6()));
    }

    /** Marks an offered dwelling reserved: false if it is no longer on offer. */
    boolean reserveDwelling(long dwellingId, String municipalityCode) {
        return db.update(DWELLING).set(DWELLING.STATE, SettlementStates.RESERVED)
                .set(DWELLING.VERSION, DWELLING.VERSION.plus(1))
                .where(DWELLING.ID.eq(dwellingId).and(DWELLING.MUNICIPALITY_CODE.eq(municipalityCode))
                        .and(DWELLING.STATE.eq(SettlementStates.OFFERED))).execute() == 1;
    }

    /** Rooms needed and step-free access needed, from the interview (one room and no, without one). */
    Needs needs(long householdId) {
        return db.select(SETTLEMENT_INTERVIEW.ROOMS_NEEDED, SETTLEMENT_INTERVIEW.NEEDS_ACCESSIBLE)
                .from(SETTLEMENT_INTERVIEW).where(SETTLEMENT_INTERVIEW.HOUSEHOLD_ID.eq(householdId))
                .fetchOptional(row -> new Needs(row.value1(), row.value2())).orElse(new Needs(1, false));
    }

    record Needs(int rooms, boolean accessible) {
    }

    List<MemberRow> members(long householdId, @Nullable Long proposalId) {
        return db.select(PERSON.ID, PERSON.FAMILY_NAME.concat(inline(", ")).concat(PERSON.GIVEN_NAMES),
                        PERSON.BIRTH_DATE, SETTLEMENT_MEMBER.SETTLEMENT_DATE, SETTLEMENT_MEMBER.SETTLED_AT)
                .from(PERSON)
                .leftJoin(SETTLEMENT_MEMBER).on(SETTLEMENT_MEMBER.PERSON_ID.eq(PERSON.ID)
                        .and(SETTLEMENT_MEMBER.PROPOSAL_ID.eq(proposalId == null ? inline(-1L) : val(proposalId))))
                .where(PERSON.HOUSEHOLD_ID.eq(householdId).and(PERSON.MERGED_INTO.isNull()))
                .orderBy(PERSON.BIRTH_DATE, PERSON.ID)
                .fetch(row -> new MemberRow(row.value1(), row.value2(), row.value3(), row.value4(),
                        row.value5()));
    }

    void insertMembers(long proposalId, Map<Long, LocalDate> dates) {
        var insert = db.insertInto(SETTLEMENT_MEMBER, SETTLEMENT_MEMBER.PROPOSAL_ID, SETTLEMENT_MEMBER.PERSON_ID,
                SETTLEMENT_MEMBER.SETTLEMENT_DATE);
        for (Map.Entry<Long, LocalDate> entry : dates.entrySet()) {
            insert = insert.values(proposalId, entry.getKey(), entry.getValue());
        }
        insert.execute();
    }

    /**
     * The proposals a scope reaches: a coordinator those sent to their municipality and what they decided on them;
     * everyone else by the household's centre (officers their counties, centre staff their sites, managers all).
     */
    static Condition scoped(Scope scope) {
        if (scope.role() == Role.SETTLEMENT_COORDINATOR) {
            String own = scope.municipalityCode();
            return own == null ? falseCondition() : SETTLEMENT_PROPOSAL.MUNICIPALITY_CODE.eq(own)
                    .and(SETTLEMENT_PROPOSAL.STATE.in(ProposalState.SENT.name(), ProposalState.ACCEPTED.name(),
                            ProposalState.DECLINED.name()));
        }
        return SettlementScopeConditions.households(scope, SETTLEMENT_HOUSEHOLD.COUNTY_CODE, SETTLEMENT_HOUSEHOLD.SITE_ID);
    }

    /**
     * The members of accepted proposals the scope reaches who move between two days and have not moved yet, by date
     * and name: whom the settlement notice goes to. At most {@code limit}.
     */
    List<ProposalRecords.AcceptedSettlement> moving(Scope scope, LocalDate from, LocalDate to, int limit) {
        return db.select(SETTLEMENT_MEMBER.PERSON_ID, SETTLEMENT_PROPOSAL.HOUSEHOLD_ID,
                        SETTLEMENT_PROPOSAL.MUNICIPALITY_CODE, MUNICIPALITY.NAME, SETTLEMENT_MEMBER.SETTLEMENT_DATE)
                .from(SETTLEMENT_MEMBER)
                .join(SETTLEMENT_PROPOSAL).on(SETTLEMENT_PROPOSAL.ID.eq(SETTLEMENT_MEMBER.PROPOSAL_ID))
                .join(SETTLEMENT_HOUSEHOLD).on(SETTLEMENT_HOUSEHOLD.HOUSEHOLD_ID.eq(SETTLEMENT_PROPOSAL.HOUSEHOLD_ID))
                .join(MUNICIPALITY).on(MUNICIPALITY.CODE.eq(SETTLEMENT_PROPOSAL.MUNICIPALITY_CODE))
                .join(PERSON).on(PERSON.ID.eq(SETTLEMENT_MEMBER.PERSON_ID))
                .where(scoped(scope))
                .and(SETTLEMENT_PROPOSAL.STATE.eq(ProposalState.ACCEPTED.name()))
                .and(SETTLEMENT_MEMBER.SETTLEMENT_DATE.between(from, to))
                .and(SETTLEMENT_MEMBER.SETTLED_AT.isNull())
                .and(PERSON.MERGED_INTO.isNull())
                .orderBy(SETTLEMENT_MEMBER.SETTLEMENT_DATE, PERSON.FAMILY_NAME, PERSON.GIVEN_NAMES, PERSON.ID)
                .limit(limit)
                .fetch(row -> new ProposalRecords.AcceptedSettlement(row.value1(), row.value2(), row.value3(),
                        row.value4(), row.value5()));
    }

    private static Condition householdIn(long householdId, String state) {
        return org.jooq.impl.DSL.exists(selectOne().from(SETTLEMENT_HOUSEHOLD)
                .where(SETTLEMENT_HOUSEHOLD.HOUSEHOLD_ID.eq(householdId).and(SETTLEMENT_HOUSEHOLD.STATE.eq(state))));
    }
}
