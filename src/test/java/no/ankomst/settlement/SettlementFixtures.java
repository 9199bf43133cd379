package no.ankomst.settlement;

import static no.ankomst.db.Tables.HOUSEHOLD;
import static no.ankomst.db.Tables.PERSON;
import static no.ankomst.db.Tables.PROTECTION_CASE;
import static no.ankomst.db.Tables.SETTLEMENT_HOUSEHOLD;
import static no.ankomst.db.Tables.SITE;
import static no.ankomst.db.Tables.STAY;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;

/** Households at the demo sites and their protection cases, straight in the shared database. */
final class SettlementFixtures {

    static final String RADE = "Nasjonalt ankomstsenter Råde";
    static final String HAUGESUND = "Haugesund mottak";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final DSLContext db;

    SettlementFixtures(DSLContext db) {
        this.db = db;
    }

    long site(String name) {
        return db.select(SITE.ID).from(SITE).where(SITE.NAME.eq(name)).fetchSingle(SITE.ID);
    }

    long household() {
        return db.insertInto(HOUSEHOLD).defaultValues().returning(HOUSEHOLD.ID).fetchSingle(HOUSEHOLD.ID);
    }

    /** A member born on {@code birth}, staying at the site since a month before {@code today}. */
    long member(long household, String relation, LocalDate birth, String site, LocalDate today) {
        String family = "Bosettenko" + SEQUENCE.incrementAndGet() + "x" + System.nanoTime() % 100_000;
        long id = db.insertInto(PERSON).set(PERSON.FAMILY_NAME, family).set(PERSON.GIVEN_NAMES, "Iryna")
                .set(PERSON.BIRTH_DATE, birth).set(PERSON.SEX, "FEMALE")
                .set(PERSON.HOUSEHOLD_ID, household).set(PERSON.RELATION_TO_HEAD, relation)
                .set(PERSON.SEARCH_TEXT, family.toLowerCase() + " iryna")
                .returning(PERSON.ID).fetchSingle(PERSON.ID);
        db.insertInto(STAY).set(STAY.PERSON_ID, id).set(STAY.SITE_ID, site(site))
                .set(STAY.CHECKED_IN_ON, today.minusMonths(1)).execute();
        return id;
    }

    /** A granted case whose permit starts on {@code from}. */
    void grant(long personId, LocalDate from) {
        db.insertInto(PROTECTION_CASE).set(PROTECTION_CASE.PERSON_ID, personId).set(PROTECTION_CASE.STATE, "GRANTED")
                .set(PROTECTION_CASE.REGISTERED_ON, from.minusDays(20)).set(PROTECTION_CASE.STATE_SINCE, from)
                .set(PROTECTION_CASE.PERMIT_FROM, from).set(PROTECTION_CASE.PERMIT_TO, from.plusYears(1))
                .set(PROTECTION_CASE.RESIDENCE_CARD, "ISSUED").execute();
    }

    String state(long household) {
        return db.select(SETTLEMENT_HOUSEHOLD.STATE).from(SETTLEMENT_HOUSEHOLD)
                .where(SETTLEMENT_HOUSEHOLD.HOUSEHOLD_ID.eq(household)).fetchOne(SETTLEMENT_HOUSEHOLD.STATE);
    }
}
