package no.ankomst.accommodation;

import static no.ankomst.db.Tables.BED;
import static no.ankomst.db.Tables.PERSON;
import static no.ankomst.db.Tables.PLANNED_ARRIVAL;
import static no.ankomst.db.Tables.SITE;
import static no.ankomst.db.Tables.STAY;
import static no.ankomst.db.Tables.UNIT;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.sum;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import no.ankomst.accommodation.OccupancyRecords.BedOccupancy;
import no.ankomst.accommodation.OccupancyRecords.Movements;
import no.ankomst.accommodation.OccupancyRecords.Occupant;
import no.ankomst.accommodation.OccupancyRecords.Population;
import no.ankomst.base.Age;
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

    /** Beds in the sites' units and how many of them are blocked: {@code [beds, blocked]} per site. */
    Map<Long, int[]> bedCounts(Collection<Long> siteIds) {
        return db.select(UNIT.SITE_ID, count(), count().filterWhere(BED.BLOCKED))
                .from(BED).join(UNIT).on(UNIT.ID.eq(BED.UNIT_ID))
                .where(UNIT.SITE_ID.in(siteIds))
                .groupBy(UNIT.SITE_ID)
                .fetchMap(r -> r.value1(), r -> new int[] {r.value2(), r.value3()});
    }

    /**
     * Blocked beds someone still sleeps in on the day (blocked after the check-in): they count as
     * occupied, not as free. Driven from the few blocked beds, each probed for a stay.
     */
    Map<Long, Integer> occupiedBlockedBeds(Collection<Long> siteIds, LocalDate day) {
        return db.select(UNIT.SITE_ID, count())
                .from(BED).join(UNIT).on(UNIT.ID.eq(BED.UNIT_ID))
                .where(UNIT.SITE_ID.in(siteIds).and(BED.BLOCKED)
                        .andExists(DSL.selectOne().from(STAY).where(STAY.BED_ID.eq(BED.ID).and(presentOn(STAY, day)))))
                .groupBy(UNIT.SITE_ID)
                .fetchMap(r -> r.value1(), r -> r.value2());
    }

    /**
     * Everyone present, counted from the person facts copied onto each stay (V8) and one covering index
     * over open stays, without reading the person table. Families are counted by grouping per household
     * first: a hash aggregate, where {@code count(distinct)} would sort every present person.
     */
    Map<Long, Population> population(Collection<Long> siteIds, LocalDate day) {
        Table<?> present = presentStays(siteIds, day).asTable("present");
        Field<Long> site = present.field(STAY.SITE_ID);
        Field<Long> bed = present.field(STAY.BED_ID);
        Field<String> sex = present.field(STAY.PERSON_SEX);
        Field<LocalDate> birth = present.field(STAY.PERSON_BIRTH_DATE);
        Field<Long> household = present.field(STAY.PERSON_HOUSEHOLD_ID);
        Condition child = birth.gt(Age.bornOnOrBefore(18, day));
        Table<?> families = db.select(site, household,
                        count().filterWhere(bed.isNotNull()).as("in_beds"),
                        count().filterWhere(bed.isNull()).as("not_assigned"),
                        count().filterWhere(sex.eq("MALE").andNot(child)).as("men"),
                        count().filterWhere(sex.eq("FEMALE").andNot(child)).as("women"),
                        count().filterWhere(child).as("children"))
                .from(present).groupBy(site, household).asTable("families");
        Field<Long> familySite = families.field(site);
        return db.select(familySite, total(families, "in_beds"), total(families, "not_assigned"),
                        total(families, "men"), total(families, "women"), total(families, "children"),
                        count(families.field(household)))
                .from(families).groupBy(familySite)
                .fetchMap(r -> r.value1(), r -> new Population(r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7()));
    }

    /**
     * The stays present on the day as two branches, so each reads its own index: open stays from the
     * covering partial index (no table access), stays that end later from (site_id, checked_out_on).
     */
    private org.jooq.Select<? extends Record> presentStays(Collection<Long> siteIds, LocalDate day) {
        return db.select(STAY.SITE_ID, STAY.BED_ID, STAY.PERSON_SEX, STAY.PERSON_BIRTH_DATE, STAY.PERSON_HOUSEHOLD_ID)
                .from(STAY)
                .where(STAY.CHECKED_OUT_ON.isNull().and(STAY.CHECKED_IN_ON.le(day)).and(STAY.SITE_ID.in(siteIds)))
                .unionAll(db.select(STAY.SITE_ID, STAY.BED_ID, STAY.PERSON_SEX, STAY.PERSON_BIRTH_DATE,
                                STAY.PERSON_HOUSEHOLD_ID)
                        .from(STAY)
                        .where(STAY.CHECKED_OUT_ON.gt(day).and(STAY.CHECKED_IN_ON.le(day))
                                .and(STAY.SITE_ID.in(siteIds))));
    }

    private static Field<Integer> total(Table<?> families, String column) {
        return sum(families.field(column, Integer.class)).cast(Integer.class);
    }

    /**
     * Arrivals and departures in (day - 7, day]: each counted on its own index alone, (site_id,
     * checked_in_on) and (site_id, checked_out_on). A bed move inside the site splits a stay (closed as
     * TRANSFERRED, reopened the same day at the same site): such pairs are counted in one set-based join
     * and taken off both figures, rather than probing every arrival for a predecessor.
     */
    Map<Long, Movements> movements(Collection<Long> siteIds, LocalDate day) {
        LocalDate from = day.minusDays(6);
        Map<Long, Integer> arrivals = db.select(STAY.SITE_ID, count()).from(STAY)
                .where(STAY.SITE_ID.in(siteIds).and(STAY.CHECKED_IN_ON.between(from, day)))
                .groupBy(STAY.SITE_ID).fetchMap(r -> r.value1(), r -> r.value2());
        Map<Long, Integer> departures = db.select(STAY.SITE_ID, count()).from(STAY)
                .where(STAY.SITE_ID.in(siteIds).and(STAY.CHECKED_OUT_ON.between(from, day)))
                .groupBy(STAY.SITE_ID).fetchMap(r -> r.value1(), r -> r.value2());
        Map<Long, Integer> splits = bedMovesInsideSites(siteIds, from, day);
        Map<Long, Movements> movements = new java.util.HashMap<>();
        for (long site : siteIds) {
            int inside = splits.getOrDefault(site, 0);
            int in = arrivals.getOrDefault(site, 0);
            int out = departures.getOrDefault(site, 0);
            if (in != 0 || out != 0) {
                movements.put(site, new Movements(in - inside, out - inside));
            }
        }
        return movements;
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

    /** People still expected (planned, not yet marked arrived or cancelled) in (day, day + 7]. */
    Map<Long, Integer> plannedArrivals(Collection<Long> siteIds, LocalDate day) {
        return db.select(PLANNED_ARRIVAL.SITE_ID, sum(PLANNED_ARRIVAL.PEOPLE).cast(Integer.class))
                .from(PLANNED_ARRIVAL)
                .where(PLANNED_ARRIVAL.SITE_ID.in(siteIds).and(PLANNED_ARRIVAL.EXPECTED_ON.between(day.plusDays(1),
                        day.plusDays(7))).and(PLANNED_ARRIVAL.STATUS.eq(PlannedArrivalRecords.Status.PLANNED.name())))
                .groupBy(PLANNED_ARRIVAL.SITE_ID)
                .fetchMap(r -> r.value1(), r -> r.value2());
    }

    /** Every bed of the site's units with whoever sleeps in it on the day, in one query. */
    List<BedLine> beds(long siteId, LocalDate day) {
        return db.select(UNIT.ID, UNIT.NAME, BED.ID, BED.LABEL, BED.ACCESSIBLE, BED.CHILD_BED, BED.BLOCKED,
                        PERSON.ID, STAY.ID, PERSON.FAMILY_NAME, PERSON.GIVEN_NAMES, PERSON.SEX, PERSON.BIRTH_DATE,
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
        return db.select(PERSON.ID, STAY.ID, PERSON.FAMILY_NAME, PERSON.GIVEN_NAMES, PERSON.SEX, PERSON.BIRTH_DATE,
                        PERSON.HOUSEHOLD_ID)
                .from(STAY).join(PERSON).on(PERSON.ID.eq(STAY.PERSON_ID))
                .where(withoutBedOn(STAY.SITE_ID.eq(siteId), day))
                .orderBy(PERSON.HOUSEHOLD_ID.nullsLast(), PERSON.FAMILY_NAME, PERSON.GIVEN_NAMES)
                .fetch(r -> occupant(r, day));
    }

    /**
     * How many the board's "without a bed" lists of these sites show on the day: the same conditions, counted (every
     * stay has its person, so the list's join adds nothing to count).
     */
    int countWithoutBed(Collection<Long> siteIds, LocalDate day) {
        return db.fetchCount(STAY, withoutBedOn(STAY.SITE_ID.in(siteIds), day));
    }

    private static Condition withoutBedOn(Condition sites, LocalDate day) {
        return sites.and(STAY.BED_ID.isNull()).and(presentOn(STAY, day));
    }

    /**
     * Present on {@code day}: written as two branches so each can use its own index (the partial index
     * of open stays, and (site_id, checked_out_on) for stays that ended later) instead of a scan.
     */
    static Condition presentOn(Stay stay, LocalDate day) {
        return stay.CHECKED_IN_ON.le(day).and(stay.CHECKED_OUT_ON.isNull())
                .or(stay.CHECKED_IN_ON.le(day).and(stay.CHECKED_OUT_ON.gt(day)));
    }

    private static Occupant occupant(Record r, LocalDate day) {
        return new Occupant(r.get(PERSON.ID), r.get(STAY.ID), r.get(PERSON.FAMILY_NAME) + ", " + r.get(PERSON.GIVEN_NAMES),
                r.get(PERSON.SEX), Age.of(r.get(PERSON.BIRTH_DATE)).on(day) < 18, r.get(PERSON.HOUSEHOLD_ID));
    }
}
