package no.ankomst.accommodation;

import static no.ankomst.db.Tables.BED;
import static no.ankomst.db.Tables.PERSON;
import static no.ankomst.db.Tables.SITE;
import static no.ankomst.db.Tables.STAY;
import static no.ankomst.db.Tables.UNIT;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.ankomst.accommodation.StayRecords.Arrival;
import no.ankomst.accommodation.StayRecords.StayRow;
import no.ankomst.accommodation.UnitRecords.FreeBed;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Records;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class StayRepository {

    /** Where a bed is and whether it may be given out. */
    record BedState(long siteId, boolean blocked) {
    }

    private final DSLContext db;

    StayRepository(DSLContext db) {
        this.db = db;
    }

    boolean personExists(long personId) {
        return db.fetchExists(PERSON, PERSON.ID.eq(personId));
    }

    /** A record merged into another: its person is checked in as that other record. */
    boolean personMerged(long personId) {
        return db.fetchExists(PERSON, PERSON.ID.eq(personId).and(PERSON.MERGED_INTO.isNotNull()));
    }

    boolean siteExists(long siteId) {
        return db.fetchExists(SITE, SITE.ID.eq(siteId));
    }

    /**
     * The bed, locked until the transaction ends: two desks giving the last free bed at once then take turns, and
     * the second is told the bed was just taken. Without the lock both inserts meet in the exclusion constraint,
     * where PostgreSQL may abort one as a deadlock instead of a conflict.
     */
    Optional<BedState> bed(long bedId) {
        return db.select(UNIT.SITE_ID, BED.BLOCKED).from(BED).join(UNIT).on(UNIT.ID.eq(BED.UNIT_ID))
                .where(BED.ID.eq(bedId))
                .forUpdate().of(BED)
                .fetchOptional(Records.mapping(BedState::new));
    }

    /** Mirrors the exclusion constraint for an open stay from {@code from}: a friendly early answer, not the guard. */
    boolean bedFreeFrom(long bedId, LocalDate from, @Nullable Long exceptStayId) {
        Condition others = exceptStayId == null ? DSL.trueCondition() : STAY.ID.ne(exceptStayId);
        return !db.fetchExists(STAY, STAY.BED_ID.eq(bedId).and(endsAfter(from)).and(others));
    }

    Optional<StayRow> find(long stayId) {
        return selectStays().where(STAY.ID.eq(stayId)).fetchOptional(StayRepository::toRow);
    }

    Optional<StayRow> openStayOf(long personId) {
        return selectStays().where(STAY.PERSON_ID.eq(personId).and(STAY.CHECKED_OUT_ON.isNull()))
                .fetchOptional(StayRepository::toRow);
    }

    /** Of these people, those with an open stay anywhere, in one query. */
    java.util.Set<Long> withOpenStay(java.util.Collection<Long> personIds) {
        return db.selectDistinct(STAY.PERSON_ID).from(STAY)
                .where(STAY.PERSON_ID.in(personIds).and(STAY.CHECKED_OUT_ON.isNull()))
                .fetchSet(STAY.PERSON_ID);
    }

    List<StayRow> historyOf(long personId) {
        return selectStays().where(STAY.PERSON_ID.eq(personId))
                .orderBy(STAY.CHECKED_IN_ON.desc(), STAY.ID.desc())
                .fetch(StayRepository::toRow);
    }

    /** Moves a person's stays that overlap none of the other person's stays to that person. */
    int moveNonOverlapping(long fromPersonId, long toPersonId) {
        var theirs = STAY.as("theirs");
        return db.update(STAY).set(STAY.PERSON_ID, toPersonId)
                .where(STAY.PERSON_ID.eq(fromPersonId))
                .andNotExists(DSL.selectOne().from(theirs).where(theirs.PERSON_ID.eq(toPersonId)
                        .and(DSL.condition("daterange({0}, {1}, '[)') && daterange({2}, {3}, '[)')",
                                STAY.CHECKED_IN_ON, STAY.CHECKED_OUT_ON, theirs.CHECKED_IN_ON, theirs.CHECKED_OUT_ON))))
                .execute();
    }

    long insert(long personId, long siteId, @Nullable Long bedId, LocalDate on) {
        return db.insertInto(STAY).set(STAY.PERSON_ID, personId).set(STAY.SITE_ID, siteId).set(STAY.BED_ID, bedId)
                .set(STAY.CHECKED_IN_ON, on)
                .returning(STAY.ID).fetchSingle(STAY.ID);
    }

    /** One multi-row insert: an import checks in hundreds of new residents at once. */
    void insertAll(long siteId, List<Arrival> arrivals) {
        var insert = db.insertInto(STAY, STAY.PERSON_ID, STAY.SITE_ID, STAY.CHECKED_IN_ON);
        for (Arrival arrival : arrivals) {
            insert = insert.values(arrival.personId(), siteId, arrival.on());
        }
        insert.execute();
    }

    /** @return false if the stay changed or was closed since {@code version} was read */
    boolean close(long stayId, int version, LocalDate on, CheckoutReason reason) {
        return db.update(STAY).set(STAY.CHECKED_OUT_ON, on).set(STAY.CHECKOUT_REASON, reason.name())
                .set(STAY.VERSION, STAY.VERSION.plus(1))
                .where(STAY.ID.eq(stayId).and(STAY.VERSION.eq(version)).and(STAY.CHECKED_OUT_ON.isNull()))
                .execute() == 1;
    }

    boolean setBed(long stayId, int version, long bedId) {
        return db.update(STAY).set(STAY.BED_ID, bedId).set(STAY.VERSION, STAY.VERSION.plus(1))
                .where(STAY.ID.eq(stayId).and(STAY.VERSION.eq(version)))
                .execute() == 1;
    }

    /** Unblocked beds of the site that no stay holds on or after {@code from}. */
    List<FreeBed> freeBeds(long siteId, LocalDate from) {
        return db.select(BED.ID, UNIT.ID, UNIT.NAME, BED.LABEL, BED.ACCESSIBLE, BED.CHILD_BED)
                .from(BED).join(UNIT).on(UNIT.ID.eq(BED.UNIT_ID))
                .where(UNIT.SITE_ID.eq(siteId).and(BED.BLOCKED.isFalse()))
                .andNotExists(DSL.selectOne().from(STAY).where(STAY.BED_ID.eq(BED.ID).and(endsAfter(from))))
                .orderBy(UNIT.NAME, BED.LABEL)
                .fetch(Records.mapping(FreeBed::new));
    }

    /** The stay still runs on {@code day} or later; an empty stay (out on the day it began) holds nothing. */
    private static Condition endsAfter(LocalDate day) {
        return STAY.CHECKED_OUT_ON.isNull()
                .or(STAY.CHECKED_OUT_ON.gt(day).and(STAY.CHECKED_OUT_ON.gt(STAY.CHECKED_IN_ON)));
    }

    private SelectOnConditionStep<Record> selectStays() {
        return db.select(List.of(STAY.ID, STAY.PERSON_ID, STAY.SITE_ID, SITE.NAME, STAY.BED_ID, BED.LABEL,
                        STAY.CHECKED_IN_ON, STAY.CHECKED_OUT_ON, STAY.CHECKOUT_REASON, STAY.VERSION))
                .from(STAY).join(SITE).on(SITE.ID.eq(STAY.SITE_ID))
                .leftJoin(BED).on(BED.ID.eq(STAY.BED_ID));
    }

    private static StayRow toRow(Record r) {
        String reason = r.get(STAY.CHECKOUT_REASON);
        return new StayRow(r.get(STAY.ID), r.get(STAY.PERSON_ID), r.get(STAY.SITE_ID), r.get(SITE.NAME),
                r.get(STAY.BED_ID), r.get(BED.LABEL), r.get(STAY.CHECKED_IN_ON), r.get(STAY.CHECKED_OUT_ON),
                reason == null ? null : CheckoutReason.valueOf(reason), r.get(STAY.VERSION));
    }
}
