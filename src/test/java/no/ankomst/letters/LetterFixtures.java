package no.ankomst.letters;

import static no.ankomst.db.Tables.AUDIT_EVENT;
import static no.ankomst.db.Tables.INTRODUCTION_RIGHT;
import static no.ankomst.db.Tables.PERSON;
import static no.ankomst.db.Tables.SITE;
import static no.ankomst.db.Tables.STAY;
import static no.ankomst.db.Tables.TB_APPOINTMENT;
import static no.ankomst.db.Tables.TB_CLINIC;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;

/** Residents, appointments and rights for the letter tests, straight in the shared database; names are unique. */
final class LetterFixtures {

    static final String RADE = "Nasjonalt ankomstsenter Råde";
    static final String HAUGESUND = "Haugesund mottak";
    /** 100 Cyrillic characters with apostrophes: the most a name field holds; given and family names make 200. */
    static final String CYRILLIC_100 = LetterRendererTest.longName("Солов'йова-Мар'яненко Лук'ян О'Ліра ")
            .substring(0, 100);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final DSLContext db;

    LetterFixtures(DSLContext db) {
        this.db = db;
    }

    long site(String name) {
        return db.select(SITE.ID).from(SITE).where(SITE.NAME.eq(name)).fetchSingle(SITE.ID);
    }

    /** A resident staying at the site since a month ago, with these recorded languages and long Cyrillic names. */
    long resident(String site, LocalDate birth, LocalDate today, String... languages) {
        String family = "Lystenko" + SEQUENCE.incrementAndGet() + "x" + System.nanoTime() % 100_000;
        long id = db.insertInto(PERSON).set(PERSON.FAMILY_NAME, family).set(PERSON.GIVEN_NAMES, "Mar'iana")
                .set(PERSON.FAMILY_NAME_CYRILLIC, CYRILLIC_100).set(PERSON.GIVEN_NAMES_CYRILLIC, CYRILLIC_100)
                .set(PERSON.BIRTH_DATE, birth).set(PERSON.SEX, "FEMALE").set(PERSON.CITIZENSHIPS, new String[] {"UA"})
                .set(PERSON.LANGUAGES, languages).set(PERSON.ARRIVAL_DATE, today.minusDays(10))
                .set(PERSON.SEARCH_TEXT, family.toLowerCase() + " mariana")
                .returning(PERSON.ID).fetchSingle(PERSON.ID);
        db.insertInto(STAY).set(STAY.PERSON_ID, id).set(STAY.SITE_ID, site(site))
                .set(STAY.CHECKED_IN_ON, today.minusDays(10)).execute();
        return id;
    }

    /** An open appointment at the clinic of the site (the demo profile gives every demo site one). */
    void appointment(long personId, String site, LocalDate day) {
        long clinic = db.select(TB_CLINIC.ID).from(TB_CLINIC).where(TB_CLINIC.SITE_ID.eq(site(site)))
                .fetchSingle(TB_CLINIC.ID);
        db.deleteFrom(TB_APPOINTMENT).where(TB_APPOINTMENT.PERSON_ID.eq(personId)).execute();
        db.insertInto(TB_APPOINTMENT).set(TB_APPOINTMENT.PERSON_ID, personId).set(TB_APPOINTMENT.CLINIC_ID, clinic)
                .set(TB_APPOINTMENT.DAY, day).set(TB_APPOINTMENT.TEST_TYPE, "XRAY")
                .set(TB_APPOINTMENT.BOOKED_BY, "test").execute();
    }

    /** A right to the introduction programme in the municipality, not offered yet. */
    void right(long personId, String municipality, LocalDate aroseOn) {
        db.insertInto(INTRODUCTION_RIGHT).set(INTRODUCTION_RIGHT.PERSON_ID, personId)
                .set(INTRODUCTION_RIGHT.MUNICIPALITY_CODE, municipality).set(INTRODUCTION_RIGHT.AROSE_ON, aroseOn)
                .set(INTRODUCTION_RIGHT.BASIS, "CHAPTER_6A_RIGHT").set(INTRODUCTION_RIGHT.START_BY, aroseOn.plusMonths(3))
                .set(INTRODUCTION_RIGHT.CREATED_BY, "test").execute();
    }

    int audits(String action, String entity, Object id) {
        return db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq(action).and(AUDIT_EVENT.ENTITY_TYPE.eq(entity))
                .and(AUDIT_EVENT.ENTITY_ID.eq(String.valueOf(id))));
    }

    String lastSummary(String action, long personId) {
        return db.select(AUDIT_EVENT.SUMMARY).from(AUDIT_EVENT).where(AUDIT_EVENT.ACTION.eq(action)
                        .and(AUDIT_EVENT.ENTITY_TYPE.eq("person")).and(AUDIT_EVENT.ENTITY_ID.eq(String.valueOf(personId))))
                .orderBy(AUDIT_EVENT.ID.desc()).limit(1).fetchSingle(AUDIT_EVENT.SUMMARY);
    }
}
