package no.ankomst.reference;

import static no.ankomst.db.Tables.COUNTY;
import static no.ankomst.db.Tables.MUNICIPALITY;

import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class MunicipalityRepository {

    private final DSLContext db;

    MunicipalityRepository(DSLContext db) {
        this.db = db;
    }

    List<Municipality> all() {
        return db.select(MUNICIPALITY.CODE, MUNICIPALITY.NAME, COUNTY.CODE, COUNTY.NAME)
                .from(MUNICIPALITY).join(COUNTY).on(COUNTY.CODE.eq(MUNICIPALITY.COUNTY_CODE))
                .orderBy(MUNICIPALITY.NAME)
                .fetch(r -> r.into(Municipality.class));
    }

    int countCounties() {
        return db.fetchCount(COUNTY);
    }
}
