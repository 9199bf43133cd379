package no.ankomst.introduction;

import static no.ankomst.db.Tables.HOUSEHOLD;
import static no.ankomst.db.Tables.PERSON;
import static no.ankomst.db.Tables.PERSON_MUNICIPALITY;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;

/** Households and settled persons straight in the shared database; names are unique. */
final class IntroductionFixtures {

    static final String OSLO = "0301";       // the demo coordinator's municipality
    static final String RADE = "3112";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final DSLContext db;

    IntroductionFixtures(DSLContext db) {
        this.db = db;
    }

    long household() {
        return db.insertInto(HOUSEHOLD).defaultValues().returning(HOUSEHOLD.ID).fetchSingle(HOUSEHOLD.ID);
    }

    /** A member of the household with this relation to its head. */
    long person(long household, String relation, LocalDate birth) {
        String family = "Intro" + SEQUENCE.incrementAndGet() + "x" + System.nanoTime() % 100_000;
        return db.insertInto(PERSON).set(PERSON.FAMILY_NAME, family).set(PERSON.GIVEN_NAMES, "Olena")
                .set(PERSON.BIRTH_DATE, birth).set(PERSON.SEX, "FEMALE")
                .set(PERSON.HOUSEHOLD_ID, household).set(PERSON.RELATION_TO_HEAD, relation)
                .set(PERSON.SEARCH_TEXT, family.toLowerCase() + " olena")
                .returning(PERSON.ID).fetchSingle(PERSON.ID);
    }

    /** A household of one, its head born on {@code birth}. */
    long adult(LocalDate birth) {
        return person(household(), "HEAD", birth);
    }

    /** Records where the person lives now, as settlement does. */
    void settle(long personId, String municipalityCode, LocalDate on) {
        db.insertInto(PERSON_MUNICIPALITY).set(PERSON_MUNICIPALITY.PERSON_ID, personId)
                .set(PERSON_MUNICIPALITY.MUNICIPALITY_CODE, municipalityCode)
                .set(PERSON_MUNICIPALITY.SETTLED_ON, on).execute();
    }

    long householdOf(long personId) {
        return db.select(PERSON.HOUSEHOLD_ID).from(PERSON).where(PERSON.ID.eq(personId)).fetchSingle(PERSON.HOUSEHOLD_ID);
    }
}
