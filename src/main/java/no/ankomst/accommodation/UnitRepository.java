package no.ankomst.accommodation;

import static no.ankomst.db.Tables.BED;
import static no.ankomst.db.Tables.SITE;
import static no.ankomst.db.Tables.UNIT;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

import java.util.List;
import java.util.Optional;
import no.ankomst.accommodation.UnitRecords.BedRow;
import no.ankomst.accommodation.UnitRecords.NewBed;
import no.ankomst.accommodation.UnitRecords.UnitRow;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class UnitRepository {

    private final DSLContext db;

    UnitRepository(DSLContext db) {
        this.db = db;
    }

    boolean siteExists(long siteId) {
        return db.fetchExists(SITE, SITE.ID.eq(siteId));
    }

    boolean unitNameTaken(long siteId, String name) {
        return db.fetchExists(UNIT, UNIT.SITE_ID.eq(siteId).and(DSL.lower(UNIT.NAME).eq(name.toLowerCase())));
    }

    boolean bedLabelTaken(long unitId, String label) {
        return db.fetchExists(BED, BED.UNIT_ID.eq(unitId).and(DSL.lower(BED.LABEL).eq(label.toLowerCase())));
    }

    /** The units of a site with their beds, in one query. */
    List<UnitRow> unitsOf(long siteId) {
        return db.select(UNIT.ID, UNIT.SITE_ID, UNIT.NAME, UNIT.VERSION,
                        multiset(select(BED.ID, BED.UNIT_ID, BED.LABEL, BED.ACCESSIBLE, BED.CHILD_BED, BED.BLOCKED,
                                BED.VERSION).from(BED).where(BED.UNIT_ID.eq(UNIT.ID)).orderBy(BED.LABEL))
                                .convertFrom(r -> r.map(Records.mapping(BedRow::new))))
                .from(UNIT)
                .where(UNIT.SITE_ID.eq(siteId))
                .orderBy(UNIT.NAME)
                .fetch(Records.mapping(UnitRow::new));
    }

    Optional<Long> siteOfUnit(long unitId) {
        return db.select(UNIT.SITE_ID).from(UNIT).where(UNIT.ID.eq(unitId)).fetchOptional(UNIT.SITE_ID);
    }

    Optional<Long> siteOfBed(long bedId) {
        return db.select(UNIT.SITE_ID).from(BED).join(UNIT).on(UNIT.ID.eq(BED.UNIT_ID)).where(BED.ID.eq(bedId))
                .fetchOptional(UNIT.SITE_ID);
    }

    long insertUnit(long siteId, String name) {
        return db.insertInto(UNIT).set(UNIT.SITE_ID, siteId).set(UNIT.NAME, name)
                .returning(UNIT.ID).fetchSingle(UNIT.ID);
    }

    long insertBed(long unitId, NewBed bed) {
        return db.insertInto(BED).set(BED.UNIT_ID, unitId).set(BED.LABEL, bed.label().strip())
                .set(BED.ACCESSIBLE, bed.accessible()).set(BED.CHILD_BED, bed.childBed())
                .returning(BED.ID).fetchSingle(BED.ID);
    }

    /** @return false if the bed changed since {@code version} was read */
    boolean setBlocked(long bedId, int version, boolean blocked) {
        return db.update(BED).set(BED.BLOCKED, blocked).set(BED.VERSION, BED.VERSION.plus(1))
                .where(BED.ID.eq(bedId).and(BED.VERSION.eq(version)))
                .execute() == 1;
    }
}
