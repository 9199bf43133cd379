package no.ankomst.accommodation;

import static no.ankomst.db.Tables.BED;
import static no.ankomst.db.Tables.HOUSEHOLD;
import static no.ankomst.db.Tables.PERSON;
import static no.ankomst.db.Tables.SITE;
import static no.ankomst.db.Tables.STAY;
import static no.ankomst.db.Tables.UNIT;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.jooq.DSLContext;

/** Builds small sites, units, beds and persons straight in the shared database; every name is unique. */
final class Fixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final DSLContext db;

    Fixtures(DSLContext db) {
        this.db = db;
    }

    static String unique(String prefix) {
        return prefix + " " + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 1_000_000;
    }

    long site() {
        return db.insertInto(SITE).set(SITE.NAME, unique("Testmottak")).set(SITE.TYPE, "ORDINARY_CENTRE")
                .set(SITE.MUNICIPALITY_CODE, "0301").set(SITE.CAPACITY, 10)
                .returning(SITE.ID).fetchSingle(SITE.ID);
    }

    long siteNamed(String name) {
        return db.select(SITE.ID).from(SITE).where(SITE.NAME.eq(name)).fetchSingle(SITE.ID);
    }

    long unit(long siteId, String name) {
        return db.insertInto(UNIT).set(UNIT.SITE_ID, siteId).set(UNIT.NAME, name)
                .returning(UNIT.ID).fetchSingle(UNIT.ID);
    }

    long bed(long unitId, String label) {
        return db.insertInto(BED).set(BED.UNIT_ID, unitId).set(BED.LABEL, label)
                .returning(BED.ID).fetchSingle(BED.ID);
    }

    List<Long> beds(long unitId, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> bed(unitId, "S" + i)).toList();
    }

    void block(long bedId) {
        db.update(BED).set(BED.BLOCKED, true).where(BED.ID.eq(bedId)).execute();
    }

    long person(String sex, LocalDate birthDate) {
        String family = unique("Testesen");
        return db.insertInto(PERSON).set(PERSON.FAMILY_NAME, family).set(PERSON.GIVEN_NAMES, "Kari")
                .set(PERSON.BIRTH_DATE, birthDate).set(PERSON.SEX, sex)
                .set(PERSON.SEARCH_TEXT, (family + " kari").toLowerCase())
                .returning(PERSON.ID).fetchSingle(PERSON.ID);
    }

    long household() {
        return db.insertInto(HOUSEHOLD).defaultValues().returning(HOUSEHOLD.ID).fetchSingle(HOUSEHOLD.ID);
    }

    void joinHousehold(long personId, long householdId, String relation) {
        db.update(PERSON).set(PERSON.HOUSEHOLD_ID, householdId).set(PERSON.RELATION_TO_HEAD, relation)
                .where(PERSON.ID.eq(personId)).execute();
    }

    long adult() {
        return person("FEMALE", LocalDate.of(1990, 5, 17));
    }

    int staysOf(long personId) {
        return db.fetchCount(STAY, STAY.PERSON_ID.eq(personId));
    }

    int staysInBed(long bedId) {
        return db.fetchCount(STAY, STAY.BED_ID.eq(bedId));
    }
}
