package no.ankomst.schooling;

import static no.ankomst.db.Tables.HOUSEHOLD;
import static no.ankomst.db.Tables.PERSON;
import static no.ankomst.db.Tables.SCHOOL;
import static no.ankomst.db.Tables.SITE;
import static no.ankomst.db.Tables.STAY;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

/** Children with a stay at a demo site and schools, straight in the shared database; names are unique. */
final class SchoolingFixtures {

    static final String RADE = "Nasjonalt ankomstsenter Råde";        // municipality 3112
    static final String HAUGESUND = "Haugesund mottak";               // municipality 1106
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final DSLContext db;

    SchoolingFixtures(DSLContext db) {
        this.db = db;
    }

    long site(String name) {
        return db.select(SITE.ID).from(SITE).where(SITE.NAME.eq(name)).fetchSingle(SITE.ID);
    }

    /** A child born on {@code birth}, arrived on {@code arrival} (person's arrival date), staying at the site since then. */
    long child(String site, LocalDate birth, @Nullable LocalDate arrival) {
        long household = db.insertInto(HOUSEHOLD).defaultValues().returning(HOUSEHOLD.ID).fetchSingle(HOUSEHOLD.ID);
        String family = "Shkolenko" + SEQUENCE.incrementAndGet() + "x" + System.nanoTime() % 100_000;
        long id = db.insertInto(PERSON).set(PERSON.FAMILY_NAME, family).set(PERSON.GIVEN_NAMES, "Taras")
                .set(PERSON.BIRTH_DATE, birth).set(PERSON.SEX, "MALE").set(PERSON.ARRIVAL_DATE, arrival)
                .set(PERSON.HOUSEHOLD_ID, household).set(PERSON.RELATION_TO_HEAD, "HEAD")
                .set(PERSON.SEARCH_TEXT, family.toLowerCase() + " taras")
                .returning(PERSON.ID).fetchSingle(PERSON.ID);
        db.insertInto(STAY).set(STAY.PERSON_ID, id).set(STAY.SITE_ID, site(site))
                .set(STAY.CHECKED_IN_ON, arrival == null ? birth : arrival).execute();
        return id;
    }

    /** An active school in the municipality, with a unique name. */
    long school(String municipalityCode) {
        return db.insertInto(SCHOOL).set(SCHOOL.MUNICIPALITY_CODE, municipalityCode)
                .set(SCHOOL.NAME, "Testskole " + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 1_000_000)
                .set(SCHOOL.PRIMARY_LEVEL, true).set(SCHOOL.LOWER_SECONDARY, true)
                .returning(SCHOOL.ID).fetchSingle(SCHOOL.ID);
    }
}
