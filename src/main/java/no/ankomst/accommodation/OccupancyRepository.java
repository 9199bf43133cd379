package no.ankomst.accommodation;

import static no.ankomst.db.Tables.BED;
import static no.ankomst.db.Tables.PERSON;
import static no.ankomst.db.Tables.SITE;
import static no.ankomst.db.Tables.STAY;
import static no.ankomst.db.Tables.UNIT;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import no.ankomst.accommodation.OccupancyRecords.BedOccupancy;
import no.ankomst.accommodation.OccupancyRecords.Capacity;
import no.ankomst.accommodation.OccupancyRecords.Movements;
import no.ankomst.accommodation.OccupancyRecords.Occupant;
import no.ankomst.accommodation.OccupancyRecords.Population;
import no.ankomst.db.tables.Stay;
import no.ankomst.security.Scope;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Records;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * The occupancy board's figures, each block one grouped query over all requested sites at once, so
 * the board costs the same few queries for one site or fifty. "Present on a day" uses the open-stay
 * and check-out indexes; the 7-day movements use the check-in and check-out indexes.
 */
@Repository
class OccupancyRepository {

    /** A bed of a unit as the per-unit breakdown lists it; units without beds have nothing to show here. */
    record BedLine(long unitId, String unitName, BedOccupancy bed) {
    }

    record SiteName(long id, String name) {
    }

    private final DSLContext db;

    OccupancyRepository(DSLContext db) {
        this.db = db;
    }

    /** The active sites the scope covers: the scope is part of the query. */
    List<SiteName> sites(Scope scope) {
        Condition visible = scope.coversAllSites() ? DSL.trueCondition() : SITE.ID.in(scope.siteIds());
        return db.select(SITE.ID, SITE.NAME).from(SITE).where(visible.and(SITE.ACTIVE)).orderBy(SITE.NAME)
                .fetch(Records.mapping(SiteName::new));
    }

    Map<Long, Capacity> capacity(Collection<Long> siteIds, LocalDate day) {
        Table<?> occupied = DSL.select(STAY.BED_ID).from(STAY)
                .where(STAY.BED_ID.isNotNull().and(presentOn(STAY, day)).and(STAY.SITE_ID.in(siteIds))).asTable("occupied");
        Field<Long> occupiedBed = occupied.field(STAY.BED_ID);
        return db.select(UNIT.SITE_ID, count(), count().filterWhere(BED.BLOCKED), count(occupiedBed),
                        count().filterWhere(BED.BLOCKED.isFalse().and(occupiedBed.isNull())))
                .from(BED).join(UNIT).on(UNIT.ID.eq(BED.UNIT_ID))
                .leftJoin(occupied).on(occupiedBed.eq(BED.ID))
                .where(UNIT.SITE_ID.in(siteIds))
                .groupBy(UNIT.SITE_ID)
                .fetchMap(r -> r.value1(), r -> new Capacity(r.value2(), r.value3(), r.value4(), r.value5()));
    }

    Map<Long, Population> population(Collection<Long> siteIds, LocalDate day) {
        Condition child = PERSON.BIRTH_DATE.gt(day.minusYears(18));
        return db.select(STAY.SITE_ID,
                        count().filterWhere(STAY.BED_ID.isNotNull()),
                        count().filterWhere(STAY.BED_ID.isNull()),
                        count().filterWhere(PERSON.SEX.eq("MALE").andNot(child)),
                        count().filterWhere(PERSON.SEX.eq("FEMALE").andNot(child)),
                        count().filterWhere(child),
                        countDistinct(PERSON.HOUSEHOLD_ID))
                .from(STAY).join(PERSON).on(PERSON.ID.eq(STAY.PERSON_ID))
                .where(presentOn(STAY, day).and(STAY.SITE_ID.in(siteIds)))
                .groupBy(STAY.SITE_ID)
                .fetchMap(r -> r.value1(), r -> new Population(r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7()));
    }

    /**
     * Arrivals and departures in (day - 7, day]. A bed move inside the site splits a stay (closed as
     * TRANSFERRED, reopened the same day at the same site): such pairs are counted in one set-based join
     * and taken off both figures, rather than probing every arrival for a predecessor.
     */
    Map<Long, Movements> movements(Collection<Long> siteIds, LocalDate day) {
        LocalDate from = day.minusDays(6);
        Condition arrived = STAY.CHECKED_IN_ON.between(from, day);
        Condition departed = STAY.CHECKED_OUT_ON.between(from, day);
        Map<Long, Integer> splits = bedMovesInsideSites(siteIds, from, day);
        return db.select(STAY.SITE_ID, count().filterWhere(arrived), count().filterWhere(departed))
                .from(STAY)
                .where(arrived.or(departed).and(STAY.SITE_ID.in(siteIds)))
                .groupBy(STAY.SITE_ID)
                .fetchMap(r -> r.value1(), r -> {
                    int inside = splits.getOrDefault(r.value1(), 0);
                    return new Movements(r.value2() - inside, r.value3() - inside);
                });
    }

    private Map<Long, Integer> bedMovesInsideSites(Collection<Long> siteIds, LocalDate from, LocalDate day) {
        Stay before = STAY.as("before");
        Stay after = STAY.as("after");
        return db.select(after.SITE_ID, count())
                .from(after).join(before).on(before.PERSON_ID.eq(after.PERSON_ID)
                        .and(before.SITE_ID.eq(after.SITE_ID)).and(before.CHECKED_OUT_ON.eq(after.CHECKED_IN_ON)))
                .where(after.SITE_ID.in(siteIds).and(after.CHECKED_IN_ON.between(from, day))
                        .and(before.SITE_ID.in(siteIds)).and(before.CHECKED_OUT_ON.between(from, day))
                        .and(before.CHECKOUT_REASON.eq(CheckoutReason.TRANSFERRED.name())))
                .groupBy(after.SITE_ID)
                .fetchMap(r -> r.value1(), r -> r.value2());
    }

    /** Every bed of the site's units with whoever sleeps in it on the day, in one query. */
    List<BedLine> beds(long siteId, LocalDate day) {
        return db.select(UNIT.ID, UNIT.NAME, BED.ID, BED.LABEL, BED.ACCESSIBLE, BED.CHILD_BED, BED.BLOCKED,
                        PERSON.ID, PERSON.FAMILY_NAME, PERSON.GIVEN_NAMES, PERSON.SEX, PERSON.BIRTH_DATE,
                        PERSON.HOUSEHOLD_ID)
                .from(UNIT)
                .join(BED).on(BED.UNIT_ID.eq(UNIT.ID))
                .leftJoin(STAY).on(STAY.BED_ID.eq(BED.ID).and(STAY.SITE_ID.eq(siteId)).and(presentOn(STAY, day)))
                .leftJoin(PERSON).on(PERSON.ID.eq(STAY.PERSON_ID))
                .where(UNIT.SITE_ID.eq(siteId))
                .orderBy(UNIT.NAME, BED.LABEL)
                .fetch(r -> new BedLine(r.get(UNIT.ID), r.get(UNIT.NAME),
                        new BedOccupancy(r.get(BED.ID), r.get(BED.LABEL), r.get(BED.ACCESSIBLE), r.get(BED.CHILD_BED),
                                r.get(BED.BLOCKED), r.get(PERSON.ID) == null ? null : occupant(r, day))));
    }

    List<Occupant> withoutBed(long siteId, LocalDate day) {
        return db.select(PERSON.ID, PERSON.FAMILY_NAME, PERSON.GIVEN_NAMES, PERSON.SEX, PERSON.BIRTH_DATE,
                        PERSON.HOUSEHOLD_ID)
                .from(STAY).join(PERSON).on(PERSON.ID.eq(STAY.PERSON_ID))
                .where(STAY.SITE_ID.eq(siteId).and(STAY.BED_ID.isNull()).and(presentOn(STAY, day)))
                .orderBy(PERSON.HOUSEHOLD_ID.nullsLast(), PERSON.FAMILY_NAME, PERSON.GIVEN_NAMES)
                .fetch(r -> occupant(r, day));
    }

    /** Checked in on or before the day and not yet checked out on it: {@code [in, out)} contains the day. */
    /**
     * Present on {@code day}: written as two branches so each can use its own index (the partial index
     * of open stays, and (site_id, checked_out_on) for stays that ended later) instead of a scan.
     */
    static Condition presentOn(Stay stay, LocalDate day) {
        return stay.CHECKED_IN_ON.le(day).and(stay.CHECKED_OUT_ON.isNull())
                .or(stay.CHECKED_IN_ON.le(day).and(stay.CHECKED_OUT_ON.gt(day)));
    }

    private static Occupant occupant(Record r, LocalDate day) {
        return new Occupant(r.get(PERSON.ID), r.get(PERSON.FAMILY_NAME) + ", " + r.get(PERSON.GIVEN_NAMES),
                r.get(PERSON.SEX), r.get(PERSON.BIRTH_DATE).isAfter(day.minusYears(18)), r.get(PERSON.HOUSEHOLD_ID));
    }
}
