package no.ankomst.accommodation;

import static no.ankomst.db.Tables.STAY;

import java.time.LocalDate;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class StayRepository {

    private final DSLContext db;

    StayRepository(DSLContext db) {
        this.db = db;
    }

    long insert(long personId, long siteId, @Nullable Long bedId, LocalDate on) {
        return db.insertInto(STAY)
                .set(STAY.PERSON_ID, personId)
                .set(STAY.SITE_ID, siteId)
                .set(STAY.BED_ID, bedId)
                .set(STAY.CHECKED_IN_ON, on)
                .returning(STAY.ID).fetchSingle(STAY.ID);
    }
}
