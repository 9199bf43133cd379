package no.ankomst.protection;

import static no.ankomst.db.Tables.ELIGIBILITY_SCREENING;
import static no.ankomst.db.Tables.PROTECTION_CASE;

import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The ids of a person's protection records, as the audit trail names them. */
@Repository
class ProtectionHistoryRepository {

    private final DSLContext db;

    ProtectionHistoryRepository(DSLContext db) {
        this.db = db;
    }

    List<String> caseIds(List<Long> personIds) {
        return db.select(PROTECTION_CASE.ID).from(PROTECTION_CASE).where(PROTECTION_CASE.PERSON_ID.in(personIds))
                .fetch(r -> String.valueOf(r.value1()));
    }

    List<String> screeningIds(List<Long> personIds) {
        return db.select(ELIGIBILITY_SCREENING.ID).from(ELIGIBILITY_SCREENING)
                .where(ELIGIBILITY_SCREENING.PERSON_ID.in(personIds)).fetch(r -> String.valueOf(r.value1()));
    }
}
