package no.ankomst.accommodation;

import static no.ankomst.db.Tables.MUNICIPALITY;
import static no.ankomst.db.Tables.SITE;

import java.util.List;
import no.ankomst.accommodation.SiteRecords.NewSite;
import no.ankomst.accommodation.SiteRecords.SiteRow;
import no.ankomst.security.Scope;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class SiteRepository {

    private final DSLContext db;

    SiteRepository(DSLContext db) {
        this.db = db;
    }

    /** The sites the scope covers: the scope becomes part of the query, so it never reaches beyond it. */
    List<SiteRow> visibleTo(Scope scope) {
        return sites(visibleCondition(scope));
    }

    List<SiteRow> active() {
        return sites(SITE.ACTIVE.isTrue());
    }

    private List<SiteRow> sites(Condition condition) {
        return db.select(SITE.ID, SITE.NAME, SITE.TYPE, SITE.MUNICIPALITY_CODE, MUNICIPALITY.NAME, SITE.ADDRESS,
                        SITE.OPERATOR, SITE.CAPACITY, SITE.ACTIVE)
                .from(SITE).join(MUNICIPALITY).on(MUNICIPALITY.CODE.eq(SITE.MUNICIPALITY_CODE))
                .where(condition)
                .orderBy(SITE.NAME)
                .fetch(r -> new SiteRow(r.value1(), r.value2(), SiteType.valueOf(r.value3()), r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value8(), r.value9()));
    }

    private static Condition visibleCondition(Scope scope) {
        return scope.coversAllSites() ? DSL.trueCondition() : SITE.ID.in(scope.siteIds());
    }

    boolean nameTaken(String name) {
        return db.fetchExists(SITE, DSL.lower(SITE.NAME).eq(name.toLowerCase()));
    }

    boolean municipalityExists(String code) {
        return db.fetchExists(MUNICIPALITY, MUNICIPALITY.CODE.eq(code));
    }

    long insert(NewSite site, SiteType type, String municipalityCode, int capacity) {
        return db.insertInto(SITE)
                .set(SITE.NAME, site.name().strip())
                .set(SITE.TYPE, type.name())
                .set(SITE.MUNICIPALITY_CODE, municipalityCode)
                .set(SITE.ADDRESS, blankToNull(site.address()))
                .set(SITE.OPERATOR, blankToNull(site.operator()))
                .set(SITE.CAPACITY, capacity)
                .returning(SITE.ID)
                .fetchSingle(SITE.ID);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
