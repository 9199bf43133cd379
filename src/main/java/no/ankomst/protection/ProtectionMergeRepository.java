package no.ankomst.protection;

import static no.ankomst.db.Tables.ELIGIBILITY_SCREENING;
import static no.ankomst.db.Tables.PROTECTION_CASE;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.rowNumber;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.when;

import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The protection rows of a merged duplicate moving to the record that lives on. */
@Repository
class ProtectionMergeRepository {

    /** Above any real screening number: the survivor's and the duplicate's numbers are parked here first. */
    private static final int PARKED = 1_000_000;

    private final DSLContext db;

    ProtectionMergeRepository(DSLContext db) {
        this.db = db;
    }

    Optional<CaseState> caseStateOf(long personId) {
        return db.select(PROTECTION_CASE.STATE).from(PROTECTION_CASE).where(PROTECTION_CASE.PERSON_ID.eq(personId))
                .fetchOptional(r -> CaseState.valueOf(r.value1()));
    }

    /** The case with its history and permits (they hang on the case) becomes the other person's. */
    int moveCase(long fromPersonId, long toPersonId) {
        return db.update(PROTECTION_CASE).set(PROTECTION_CASE.PERSON_ID, toPersonId)
                .where(PROTECTION_CASE.PERSON_ID.eq(fromPersonId)).execute();
    }

    /**
     * The duplicate's screenings join the survivor's, all numbered again 1, 2, 3 ... in the order they were
     * made, so the latest screening of either is the survivor's current advice. Two steps, because the
     * (person, number) index is checked row by row: park every number above the real ones
     * (the duplicate's higher than the survivor's), then renumber.
     *
     * @return how many screenings moved
     */
    int moveScreenings(long fromPersonId, long toPersonId) {
        var s = ELIGIBILITY_SCREENING;
        // a screening of the duplicate naming the survivor as its family member named the person themself:
        // that link cannot hold (relation and that person's outcome stay recorded in the screening)
        int moved = db.update(s).set(s.PERSON_ID, toPersonId).set(s.VERSION, s.VERSION.plus(2 * PARKED))
                .set(s.QUALIFYING_PERSON_ID, when(s.QUALIFYING_PERSON_ID.eq(toPersonId), inline((Long) null))
                        .otherwise(s.QUALIFYING_PERSON_ID))
                .where(s.PERSON_ID.eq(fromPersonId)).execute();
        // others' screenings that named the duplicate as their qualifying family member name the survivor
        db.update(s).set(s.QUALIFYING_PERSON_ID, toPersonId)
                .where(s.QUALIFYING_PERSON_ID.eq(fromPersonId).and(s.PERSON_ID.ne(toPersonId))).execute();
        if (moved == 0) {
            return 0;
        }
        db.update(s).set(s.VERSION, s.VERSION.plus(PARKED)).where(s.PERSON_ID.eq(toPersonId).and(s.VERSION.lt(PARKED)))
                .execute();
        var ordered = select(s.ID, rowNumber().over().orderBy(s.SCREENED_AT, s.ID).as("number"))
                .from(s).where(s.PERSON_ID.eq(toPersonId)).asTable("ordered");
        db.update(s).set(s.VERSION, ordered.field("number", Integer.class)).from(ordered)
                .where(s.ID.eq(ordered.field(s.ID))).execute();
        return moved;
    }
}
