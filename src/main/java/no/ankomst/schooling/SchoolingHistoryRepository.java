package no.ankomst.schooling;

import static no.ankomst.db.Tables.KINDERGARTEN_PLACE;
import static no.ankomst.db.Tables.SCHOOL_ENROLMENT;

import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The ids of a child's schooling records, for the resident's history. */
@Repository
class SchoolingHistoryRepository {

    private final DSLContext db;

    SchoolingHistoryRepository(DSLContext db) {
        this.db = db;
    }

    List<String> enrolmentIds(List<Long> personIds) {
        return db.select(SCHOOL_ENROLMENT.ID).from(SCHOOL_ENROLMENT).where(SCHOOL_ENROLMENT.PERSON_ID.in(personIds))
                .fetch(r -> String.valueOf(r.value1()));
    }

    List<String> placeIds(List<Long> personIds) {
        return db.select(KINDERGARTEN_PLACE.ID).from(KINDERGARTEN_PLACE).where(KINDERGARTEN_PLACE.PERSON_ID.in(personIds))
                .fetch(r -> String.valueOf(r.value1()));
    }
}
