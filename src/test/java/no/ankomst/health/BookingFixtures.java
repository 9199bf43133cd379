package no.ankomst.health;

import static no.ankomst.db.Tables.HOUSEHOLD;
import static no.ankomst.db.Tables.PERSON;
import static no.ankomst.db.Tables.SITE;
import static no.ankomst.db.Tables.STAY;
import static no.ankomst.db.Tables.TB_APPOINTMENT;
import static no.ankomst.db.Tables.TB_REFERRAL;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Sites, residents and stays for the booking tests, straight in the shared database; every name is unique. */
final class BookingFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final DSLContext db;

    BookingFixtures(DSLContext db) {
        this.db = db;
    }

    static String unique(String prefix) {
        return prefix + " " + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 1_000_000;
    }

    long site() {
        return db.insertInto(SITE).set(SITE.NAME, unique("TB-mottak")).set(SITE.TYPE, "ORDINARY_CENTRE")
                .set(SITE.MUNICIPALITY_CODE, "0301").set(SITE.CAPACITY, 10)
                .returning(SITE.ID).fetchSingle(SITE.ID);
    }

    /** A Ukrainian (high incidence) who arrived on {@code arrival}, born on {@code birthDate}. */
    long person(LocalDate birthDate, LocalDate arrival) {
        String family = unique("Screeningsen");
        return db.insertInto(PERSON).set(PERSON.FAMILY_NAME, family).set(PERSON.GIVEN_NAMES, "Olena")
                .set(PERSON.BIRTH_DATE, birthDate).set(PERSON.SEX, "FEMALE")
                .set(PERSON.CITIZENSHIPS, new String[] {"UA"})
                .set(PERSON.ARRIVAL_DATE, arrival)
                .set(PERSON.SEARCH_TEXT, (family + " olena").toLowerCase())
                .returning(PERSON.ID).fetchSingle(PERSON.ID);
    }

    /** A resident staying at {@code siteId} since their arrival. */
    long resident(long siteId, LocalDate birthDate, LocalDate arrival) {
        long person = person(birthDate, arrival);
        stay(person, siteId, arrival);
        return person;
    }

    long stay(long personId, long siteId, LocalDate from) {
        return db.insertInto(STAY).set(STAY.PERSON_ID, personId).set(STAY.SITE_ID, siteId)
                .set(STAY.CHECKED_IN_ON, from).returning(STAY.ID).fetchSingle(STAY.ID);
    }

    void checkOut(long personId, LocalDate on, String reason) {
        db.update(STAY).set(STAY.CHECKED_OUT_ON, on).set(STAY.CHECKOUT_REASON, reason)
                .where(STAY.PERSON_ID.eq(personId).and(STAY.CHECKED_OUT_ON.isNull())).execute();
    }

    void privateAddress(long personId, String address) {
        long household = db.insertInto(HOUSEHOLD).set(HOUSEHOLD.PRIVATE_ADDRESS, address)
                .returning(HOUSEHOLD.ID).fetchSingle(HOUSEHOLD.ID);
        db.update(PERSON).set(PERSON.HOUSEHOLD_ID, household).set(PERSON.RELATION_TO_HEAD, "HEAD")
                .where(PERSON.ID.eq(personId)).execute();
    }

    /** The person's appointments, newest first. */
    List<Record> appointments(long personId) {
        return List.copyOf(db.select(TB_APPOINTMENT.fields()).from(TB_APPOINTMENT)
                .where(TB_APPOINTMENT.PERSON_ID.eq(personId)).orderBy(TB_APPOINTMENT.ID.desc()).fetch());
    }

    List<Record> referrals(long personId) {
        return List.copyOf(db.select(TB_REFERRAL.fields()).from(TB_REFERRAL)
                .where(TB_REFERRAL.PERSON_ID.eq(personId)).fetch());
    }
}
