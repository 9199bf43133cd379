package no.ankomst.settlement;

import static no.ankomst.db.Tables.MUNICIPALITY;
import static no.ankomst.db.Tables.PERSON;
import static no.ankomst.db.Tables.PROTECTION_CASE;
import static no.ankomst.db.Tables.SETTLEMENT_HOUSEHOLD;
import static no.ankomst.db.Tables.SETTLEMENT_INTERVIEW;
import static no.ankomst.db.Tables.SITE;
import static no.ankomst.db.Tables.STAY;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** The facts that move a household before any proposal, and its row in settlement_household. */
@Repository
class PipelineRepository {

    private static final Set<String> MINE = Set.of(SettlementState.WAITING_PERMIT.name(),
            SettlementState.WAITING_INTERVIEW.name(), SettlementState.READY.name());

    private final DSLContext db;

    PipelineRepository(DSLContext db) {
        this.db = db;
    }

    /** A member (merged duplicates left out), with their permit's start once their case is granted. */
    record Member(long personId, LocalDate birthDate, @Nullable LocalDate permitFrom) {
    }

    /** The centre a household stays at today. */
    record Place(long siteId, String countyCode) {
    }

    record Row(SettlementState state, @Nullable LocalDate permitGrantedOn, @Nullable LocalDate targetDate,
               boolean unaccompaniedMinor, @Nullable Long siteId, @Nullable String countyCode, int version) {
    }

    Optional<Long> householdOf(long personId) {
        return db.select(PERSON.HOUSEHOLD_ID).from(PERSON).where(PERSON.ID.eq(personId))
                .fetchOptional(PERSON.HOUSEHOLD_ID);
    }

    boolean householdExists(long householdId) {
        return db.fetchExists(PERSON, PERSON.HOUSEHOLD_ID.eq(householdId).and(PERSON.MERGED_INTO.isNull()));
    }

    List<Member> members(long householdId) {
        return db.select(PERSON.ID, PERSON.BIRTH_DATE, PROTECTION_CASE.PERMIT_FROM)
                .from(PERSON)
                .leftJoin(PROTECTION_CASE).on(PROTECTION_CASE.PERSON_ID.eq(PERSON.ID)
                        .and(PROTECTION_CASE.STATE.eq("GRANTED")))
                .where(PERSON.HOUSEHOLD_ID.eq(householdId).and(PERSON.MERGED_INTO.isNull()))
                .orderBy(PERSON.ID)
                .fetch(r -> new Member(r.value1(), r.value2(), r.value3()));
    }

    boolean interviewDone(long householdId) {
        return db.fetchExists(SETTLEMENT_INTERVIEW, SETTLEMENT_INTERVIEW.HOUSEHOLD_ID.eq(householdId));
    }

    /** The site of the open stay of a member (the head's first when they differ), and its county. */
    Optional<Place> currentPlace(long householdId) {
        return db.select(SITE.ID, MUNICIPALITY.COUNTY_CODE)
                .from(STAY)
                .join(PERSON).on(PERSON.ID.eq(STAY.PERSON_ID))
                .join(SITE).on(SITE.ID.eq(STAY.SITE_ID))
                .join(MUNICIPALITY).on(MUNICIPALITY.CODE.eq(SITE.MUNICIPALITY_CODE))
                .where(PERSON.HOUSEHOLD_ID.eq(householdId).and(PERSON.MERGED_INTO.isNull())
                        .and(STAY.CHECKED_OUT_ON.isNull()))
                .orderBy(PERSON.RELATION_TO_HEAD.eq("HEAD").desc(), PERSON.ID)
                .limit(1)
                .fetchOptional(r -> new Place(r.value1(), r.value2()));
    }

    Optional<Row> find(long householdId) {
        return db.selectFrom(SETTLEMENT_HOUSEHOLD).where(SETTLEMENT_HOUSEHOLD.HOUSEHOLD_ID.eq(householdId))
                .fetchOptional(r -> new Row(SettlementState.valueOf(r.getState()), r.getPermitGrantedOn(),
                        r.getTargetDate(), r.getUnaccompaniedMinor(), r.getSiteId(), r.getCountyCode(),
                        r.getVersion()));
    }

    /**
     * Writes what the permits and the interview say, only while the household is in one of the states settlement's
     * core owns (a proposed, accepted or settled household is the proposals' business).
     *
     * @return whether the row was written
     */
    boolean upsertBeforeProposal(long householdId, Readiness readiness, @Nullable Place place, Instant now) {
        Long siteId = place == null ? null : place.siteId();
        String county = place == null ? null : place.countyCode();
        return db.insertInto(SETTLEMENT_HOUSEHOLD)
                .set(SETTLEMENT_HOUSEHOLD.HOUSEHOLD_ID, householdId)
                .set(SETTLEMENT_HOUSEHOLD.STATE, readiness.state().name())
                .set(SETTLEMENT_HOUSEHOLD.PERMIT_GRANTED_ON, readiness.permitGrantedOn())
                .set(SETTLEMENT_HOUSEHOLD.TARGET_DATE, readiness.targetDate())
                .set(SETTLEMENT_HOUSEHOLD.UNACCOMPANIED_MINOR, readiness.unaccompaniedMinor())
                .set(SETTLEMENT_HOUSEHOLD.SITE_ID, siteId)
                .set(SETTLEMENT_HOUSEHOLD.COUNTY_CODE, county)
                .set(SETTLEMENT_HOUSEHOLD.UPDATED_AT, now)
                .onConflict(SETTLEMENT_HOUSEHOLD.HOUSEHOLD_ID)
                .doUpdate()
                .set(SETTLEMENT_HOUSEHOLD.STATE, readiness.state().name())
                .set(SETTLEMENT_HOUSEHOLD.PERMIT_GRANTED_ON, readiness.permitGrantedOn())
                .set(SETTLEMENT_HOUSEHOLD.TARGET_DATE, readiness.targetDate())
                .set(SETTLEMENT_HOUSEHOLD.UNACCOMPANIED_MINOR, readiness.unaccompaniedMinor())
                .set(SETTLEMENT_HOUSEHOLD.SITE_ID, siteId)
                .set(SETTLEMENT_HOUSEHOLD.COUNTY_CODE, county)
                .set(SETTLEMENT_HOUSEHOLD.UPDATED_AT, now)
                .set(SETTLEMENT_HOUSEHOLD.VERSION, SETTLEMENT_HOUSEHOLD.VERSION.plus(1))
                .where(SETTLEMENT_HOUSEHOLD.STATE.in(MINE))
                .execute() == 1;
    }
}
