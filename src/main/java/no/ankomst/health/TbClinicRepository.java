package no.ankomst.health;

import static no.ankomst.db.Tables.SITE;
import static no.ankomst.db.Tables.TB_CLINIC;
import static no.ankomst.db.Tables.TB_CLINIC_CAPACITY;
import static no.ankomst.db.Tables.TB_CLINIC_CLOSED_DAY;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.ankomst.health.TbClinicRecords.Capacity;
import no.ankomst.health.TbClinicRecords.ClinicChange;
import no.ankomst.health.TbClinicRecords.ClinicRow;
import no.ankomst.health.TbClinicRecords.SiteOption;
import no.ankomst.security.Scope;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record7;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Clinics, their weekly capacity and closed days. */
@Repository
class TbClinicRepository {

    private final DSLContext db;

    TbClinicRepository(DSLContext db) {
        this.db = db;
    }

    private static Condition inScope(Scope scope) {
        return scope.coversAllSites() ? DSL.noCondition() : TB_CLINIC.SITE_ID.in(scope.siteIds());
    }

    List<ClinicRow> page(Scope scope, int offset, int limit) {
        return db.select(TB_CLINIC.ID, TB_CLINIC.SITE_ID, SITE.NAME, TB_CLINIC.NAME, TB_CLINIC.LOCATION,
                        TB_CLINIC.ACTIVE, TB_CLINIC.VERSION)
                .from(TB_CLINIC).join(SITE).on(SITE.ID.eq(TB_CLINIC.SITE_ID))
                .where(inScope(scope))
                .orderBy(SITE.NAME, TB_CLINIC.ID)
                .offset(offset).limit(limit)
                .fetch(TbClinicRepository::row);
    }

    int count(Scope scope) {
        return db.fetchCount(TB_CLINIC, inScope(scope));
    }

    Optional<ClinicRow> find(long id) {
        return db.select(TB_CLINIC.ID, TB_CLINIC.SITE_ID, SITE.NAME, TB_CLINIC.NAME, TB_CLINIC.LOCATION,
                        TB_CLINIC.ACTIVE, TB_CLINIC.VERSION)
                .from(TB_CLINIC).join(SITE).on(SITE.ID.eq(TB_CLINIC.SITE_ID))
                .where(TB_CLINIC.ID.eq(id))
                .fetchOptional(TbClinicRepository::row);
    }

    Optional<ClinicRow> ofSite(long siteId) {
        return db.select(TB_CLINIC.ID, TB_CLINIC.SITE_ID, SITE.NAME, TB_CLINIC.NAME, TB_CLINIC.LOCATION,
                        TB_CLINIC.ACTIVE, TB_CLINIC.VERSION)
                .from(TB_CLINIC).join(SITE).on(SITE.ID.eq(TB_CLINIC.SITE_ID))
                .where(TB_CLINIC.SITE_ID.eq(siteId))
                .fetchOptional(TbClinicRepository::row);
    }

    private static ClinicRow row(Record7<Long, Long, String, String, String, Boolean, Integer> r) {
        return new ClinicRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7());
    }

    List<Capacity> capacities(long clinicId) {
        return db.select(TB_CLINIC_CAPACITY.WEEKDAY, TB_CLINIC_CAPACITY.TEST_TYPE, TB_CLINIC_CAPACITY.CAPACITY)
                .from(TB_CLINIC_CAPACITY)
                .where(TB_CLINIC_CAPACITY.CLINIC_ID.eq(clinicId))
                .orderBy(TB_CLINIC_CAPACITY.WEEKDAY, TB_CLINIC_CAPACITY.TEST_TYPE)
                .fetch(r -> new Capacity(DayOfWeek.of(r.value1()), TbTest.valueOf(r.value2()), r.value3()));
    }

    List<LocalDate> closedDays(long clinicId, LocalDate from) {
        return db.select(TB_CLINIC_CLOSED_DAY.DAY).from(TB_CLINIC_CLOSED_DAY)
                .where(TB_CLINIC_CLOSED_DAY.CLINIC_ID.eq(clinicId).and(TB_CLINIC_CLOSED_DAY.DAY.ge(from)))
                .orderBy(TB_CLINIC_CLOSED_DAY.DAY)
                .fetch(TB_CLINIC_CLOSED_DAY.DAY);
    }

    List<SiteOption> sites(Scope scope) {
        return db.select(SITE.ID, SITE.NAME, DSL.field(DSL.exists(DSL.selectOne().from(TB_CLINIC)
                        .where(TB_CLINIC.SITE_ID.eq(SITE.ID)))))
                .from(SITE)
                .where(scope.coversAllSites() ? DSL.noCondition() : SITE.ID.in(scope.siteIds()))
                .and(SITE.ACTIVE.isTrue())
                .orderBy(SITE.NAME)
                .fetch(r -> new SiteOption(r.value1(), r.value2(), r.value3()));
    }

    boolean siteExists(long siteId) {
        return db.fetchExists(SITE, SITE.ID.eq(siteId));
    }

    boolean siteHasClinic(long siteId) {
        return db.fetchExists(TB_CLINIC, TB_CLINIC.SITE_ID.eq(siteId));
    }

    long insert(long siteId, ClinicChange change) {
        return db.insertInto(TB_CLINIC)
                .set(TB_CLINIC.SITE_ID, siteId)
                .set(TB_CLINIC.NAME, change.name().strip())
                .set(TB_CLINIC.LOCATION, blankToNull(change.location()))
                .set(TB_CLINIC.ACTIVE, change.active())
                .returning(TB_CLINIC.ID)
                .fetchSingle(TB_CLINIC.ID);
    }

    /** @return false when the row's version is no longer {@code version} (or it is gone) */
    boolean update(long id, int version, ClinicChange change) {
        return db.update(TB_CLINIC)
                .set(TB_CLINIC.NAME, change.name().strip())
                .set(TB_CLINIC.LOCATION, blankToNull(change.location()))
                .set(TB_CLINIC.ACTIVE, change.active())
                .set(TB_CLINIC.VERSION, TB_CLINIC.VERSION.plus(1))
                .where(TB_CLINIC.ID.eq(id).and(TB_CLINIC.VERSION.eq(version)))
                .execute() == 1;
    }

    /** Replaces the weekly pattern. */
    void replaceCapacities(long clinicId, List<Capacity> capacities) {
        db.deleteFrom(TB_CLINIC_CAPACITY).where(TB_CLINIC_CAPACITY.CLINIC_ID.eq(clinicId)).execute();
        if (capacities.isEmpty()) {
            return;
        }
        var insert = db.insertInto(TB_CLINIC_CAPACITY, TB_CLINIC_CAPACITY.CLINIC_ID, TB_CLINIC_CAPACITY.WEEKDAY,
                TB_CLINIC_CAPACITY.TEST_TYPE, TB_CLINIC_CAPACITY.CAPACITY);
        for (Capacity capacity : capacities) {
            insert = insert.values(clinicId, (short) capacity.weekday().getValue(), capacity.test().name(),
                    capacity.capacity());
        }
        insert.execute();
    }

    /** Replaces the closed days from {@code from} on; earlier ones are history and stay. */
    void replaceClosedDays(long clinicId, LocalDate from, List<LocalDate> days) {
        db.deleteFrom(TB_CLINIC_CLOSED_DAY)
                .where(TB_CLINIC_CLOSED_DAY.CLINIC_ID.eq(clinicId).and(TB_CLINIC_CLOSED_DAY.DAY.ge(from)))
                .execute();
        if (days.isEmpty()) {
            return;
        }
        var insert = db.insertInto(TB_CLINIC_CLOSED_DAY, TB_CLINIC_CLOSED_DAY.CLINIC_ID, TB_CLINIC_CLOSED_DAY.DAY);
        for (LocalDate day : days) {
            insert = insert.values(clinicId, day);
        }
        insert.execute();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
