package no.ankomst.settlement;

import static no.ankomst.db.Tables.PERSON;
import static no.ankomst.db.Tables.SETTLEMENT_INTERVIEW;
import static no.ankomst.db.Tables.SETTLEMENT_INTERVIEW_ADULT;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** What the handover adds to a proposal: the interview's summary and needs, and the languages spoken. */
@Repository
class HandoverRepository {

    private final DSLContext db;

    HandoverRepository(DSLContext db) {
        this.db = db;
    }

    record Interview(@Nullable String summary, int roomsNeeded, boolean needsAccessible, List<String> neededServices) {
    }

    Optional<Interview> interview(long householdId) {
        return db.select(SETTLEMENT_INTERVIEW.SUMMARY, SETTLEMENT_INTERVIEW.ROOMS_NEEDED,
                        SETTLEMENT_INTERVIEW.NEEDS_ACCESSIBLE, SETTLEMENT_INTERVIEW.NEEDED_SERVICES,
                        SETTLEMENT_INTERVIEW.SERVICES_CONSENT)
                .from(SETTLEMENT_INTERVIEW).where(SETTLEMENT_INTERVIEW.HOUSEHOLD_ID.eq(householdId))
                .fetchOptional(row -> new Interview(row.value1(), row.value2(), row.value3(),
                        row.value5() && row.value4() != null ? List.of(row.value4()) : List.of()));
    }

    /** The household a (not merged) person belongs to. */
    Optional<Long> householdOf(long personId) {
        return db.select(PERSON.HOUSEHOLD_ID).from(PERSON)
                .where(PERSON.ID.eq(personId).and(PERSON.MERGED_INTO.isNull()).and(PERSON.HOUSEHOLD_ID.isNotNull()))
                .fetchOptional(PERSON.HOUSEHOLD_ID);
    }

    /** Languages of the members (their records) and of the adults as the interview recorded them, as codes. */
    List<String> languages(long householdId) {
        TreeSet<String> codes = new TreeSet<>();
        db.select(PERSON.LANGUAGES).from(PERSON)
                .where(PERSON.HOUSEHOLD_ID.eq(householdId).and(PERSON.MERGED_INTO.isNull()))
                .forEach(row -> codes.addAll(Arrays.asList(row.value1())));
        db.select(SETTLEMENT_INTERVIEW_ADULT.LANGUAGES).from(SETTLEMENT_INTERVIEW_ADULT)
                .join(SETTLEMENT_INTERVIEW).on(SETTLEMENT_INTERVIEW.ID.eq(SETTLEMENT_INTERVIEW_ADULT.INTERVIEW_ID))
                .where(SETTLEMENT_INTERVIEW.HOUSEHOLD_ID.eq(householdId))
                .forEach(row -> codes.addAll(Arrays.asList(row.value1())));
        return List.copyOf(codes);
    }
}
