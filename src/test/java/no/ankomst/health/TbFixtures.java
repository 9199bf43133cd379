package no.ankomst.health;

import static no.ankomst.db.Tables.PERSON;
import static no.ankomst.db.Tables.POLICE_REGISTRATION;
import static no.ankomst.db.Tables.SITE;
import static no.ankomst.db.Tables.STAY;
import static no.ankomst.db.Tables.TB_APPOINTMENT;
import static no.ankomst.db.Tables.TB_CLINIC;
import static no.ankomst.db.Tables.TB_REFERRAL;
import static no.ankomst.db.Tables.TB_RESULT;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

/** Sites, people, stays, clinics, appointments, results and referrals straight in the shared test database. */
final class TbFixtures {

    static final String HAUGESUND = "Haugesund mottak";
    static final String ALNA = "Oslo akuttinnkvartering Alna";
    static final String RADE = "Nasjonalt ankomstsenter Råde";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final DSLContext db;

    TbFixtures(DSLContext db) {
        this.db = db;
    }

    static String unique(String prefix) {
        return prefix + SEQUENCE.incrementAndGet() + "x" + System.nanoTime() % 1_000_000;
    }

    long site(String name) {
        return db.select(SITE.ID).from(SITE).where(SITE.NAME.eq(name)).fetchSingle(SITE.ID);
    }

    long newSite() {
        return db.insertInto(SITE).set(SITE.NAME, unique("TB-testmottak ")).set(SITE.TYPE, "ORDINARY_CENTRE")
                .set(SITE.MUNICIPALITY_CODE, "0301").set(SITE.CAPACITY, 10).returning(SITE.ID).fetchSingle(SITE.ID);
    }

    long person(@Nullable LocalDate arrival, LocalDate birth, String... citizenships) {
        String family = unique("Tubenko");
        return db.insertInto(PERSON).set(PERSON.FAMILY_NAME, family).set(PERSON.GIVEN_NAMES, "Oksana")
                .set(PERSON.BIRTH_DATE, birth).set(PERSON.SEX, "FEMALE").set(PERSON.CITIZENSHIPS, citizenships)
                .set(PERSON.ARRIVAL_DATE, arrival).set(PERSON.SEARCH_TEXT, family.toLowerCase() + " oksana")
                .returning(PERSON.ID).fetchSingle(PERSON.ID);
    }

    long adult(@Nullable LocalDate arrival) {
        return person(arrival, LocalDate.of(1985, 4, 2), "UA");
    }

    /** The adult, staying at the site since the arrival day. */
    long residentAt(long siteId, LocalDate arrival) {
        long id = adult(arrival);
        stay(id, siteId, arrival);
        return id;
    }

    void stay(long personId, long siteId, LocalDate from) {
        db.insertInto(STAY).set(STAY.PERSON_ID, personId).set(STAY.SITE_ID, siteId).set(STAY.CHECKED_IN_ON, from)
                .execute();
    }

    void checkOut(long personId, LocalDate on, String reason) {
        db.update(STAY).set(STAY.CHECKED_OUT_ON, on).set(STAY.CHECKOUT_REASON, reason)
                .where(STAY.PERSON_ID.eq(personId).and(STAY.CHECKED_OUT_ON.isNull())).execute();
    }

    void policeRegistration(long personId, LocalDate on) {
        db.insertInto(POLICE_REGISTRATION).set(POLICE_REGISTRATION.PERSON_ID, personId)
                .set(POLICE_REGISTRATION.REGISTERED_ON, on).set(POLICE_REGISTRATION.POLICE_DISTRICT, "Øst")
                .execute();
    }

    /** A clinic of its own for a new site (one clinic per site). */
    long clinic(long siteId) {
        return db.insertInto(TB_CLINIC).set(TB_CLINIC.SITE_ID, siteId).set(TB_CLINIC.NAME, unique("Klinikk "))
                .returning(TB_CLINIC.ID).fetchSingle(TB_CLINIC.ID);
    }

    long appointment(long personId, long clinicId, LocalDate day) {
        return db.insertInto(TB_APPOINTMENT).set(TB_APPOINTMENT.PERSON_ID, personId)
                .set(TB_APPOINTMENT.CLINIC_ID, clinicId).set(TB_APPOINTMENT.DAY, day)
                .set(TB_APPOINTMENT.TEST_TYPE, "XRAY").set(TB_APPOINTMENT.BOOKED_BY, "test")
                .returning(TB_APPOINTMENT.ID).fetchSingle(TB_APPOINTMENT.ID);
    }

    long result(long personId, TbOutcome outcome, LocalDate testedOn) {
        return db.insertInto(TB_RESULT).set(TB_RESULT.PERSON_ID, personId).set(TB_RESULT.TEST_TYPE, "XRAY")
                .set(TB_RESULT.TESTED_ON, testedOn).set(TB_RESULT.OUTCOME, outcome.name())
                .set(TB_RESULT.RECORDED_BY, "test").returning(TB_RESULT.ID).fetchSingle(TB_RESULT.ID);
    }

    long referral(long personId, String reason, LocalDate on) {
        return db.insertInto(TB_REFERRAL).set(TB_REFERRAL.PERSON_ID, personId).set(TB_REFERRAL.REASON, reason)
                .set(TB_REFERRAL.REFERRED_ON, on).set(TB_REFERRAL.CREATED_BY, "test")
                .returning(TB_REFERRAL.ID).fetchSingle(TB_REFERRAL.ID);
    }
}
