package no.ankomst.settlement;

import static no.ankomst.db.Tables.DWELLING;
import static no.ankomst.db.Tables.HOUSEHOLD;
import static no.ankomst.db.Tables.MATCHING_RUN;
import static no.ankomst.db.Tables.MUNICIPALITY_LOCATION;
import static no.ankomst.db.Tables.PERSON;
import static no.ankomst.db.Tables.SETTLEMENT_HOUSEHOLD;
import static no.ankomst.db.Tables.SETTLEMENT_INTERVIEW;
import static no.ankomst.db.Tables.SETTLEMENT_QUOTA;
import static no.ankomst.db.Tables.SITE;
import static no.ankomst.db.Tables.STAY;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Repository;

/** The demo profile's settlement proposals: what they need that may not be there yet, written once. */
@Repository
@Profile("demo")
class DemoProposalsRepository {

    private final DSLContext db;

    DemoProposalsRepository(DSLContext db) {
        this.db = db;
    }

    boolean anyRun() {
        return db.fetchExists(MATCHING_RUN);
    }

    void location(String code, double latitude, double longitude) {
        db.insertInto(MUNICIPALITY_LOCATION).set(MUNICIPALITY_LOCATION.MUNICIPALITY_CODE, code)
                .set(MUNICIPALITY_LOCATION.LATITUDE, latitude).set(MUNICIPALITY_LOCATION.LONGITUDE, longitude)
                .onConflictDoNothing().execute();
    }

    /** The council's decision for the year, unless one is recorded already. */
    void decision(String code, int year, int persons, int minors, LocalDate on) {
        db.insertInto(SETTLEMENT_QUOTA).set(SETTLEMENT_QUOTA.MUNICIPALITY_CODE, code).set(SETTLEMENT_QUOTA.YEAR, year)
                .set(SETTLEMENT_QUOTA.REQUESTED_PERSONS, persons).set(SETTLEMENT_QUOTA.REQUESTED_MINORS, minors)
                .set(SETTLEMENT_QUOTA.REQUESTED_ON, on).set(SETTLEMENT_QUOTA.REQUESTED_BY, "demo-data")
                .set(SETTLEMENT_QUOTA.DECIDED_PERSONS, persons).set(SETTLEMENT_QUOTA.DECIDED_MINORS, minors)
                .set(SETTLEMENT_QUOTA.DECIDED_ON, on).set(SETTLEMENT_QUOTA.DECIDED_BY, "demo-data")
                .onConflictDoNothing().execute();
    }

    void dwelling(String code, String label, int rooms, int persons, LocalDate from) {
        db.insertInto(DWELLING).set(DWELLING.MUNICIPALITY_CODE, code).set(DWELLING.LABEL, label)
                .set(DWELLING.ROOMS, rooms).set(DWELLING.PERSONS, persons).set(DWELLING.AVAILABLE_FROM, from).execute();
    }

    Optional<Long> site(String name) {
        return db.select(SITE.ID).from(SITE).where(SITE.NAME.eq(name)).fetchOptional(SITE.ID);
    }

    /**
     * A household staying at the site since {@code arrived}, ready for settlement (permit and interview) in the
     * pipeline, with the interview's wishes and ties.
     */
    long readyHousehold(long site, String county, String family, List<String> givenNames, List<LocalDate> births,
            LocalDate arrived, LocalDate permit, int rooms, String[] wishes, String[] ties, String summary) {
        long household = db.insertInto(HOUSEHOLD).defaultValues().returning(HOUSEHOLD.ID).fetchSingle(HOUSEHOLD.ID);
        List<Long> persons = new ArrayList<>();
        for (int i = 0; i < givenNames.size(); i++) {
            long person = db.insertInto(PERSON).set(PERSON.FAMILY_NAME, family).set(PERSON.GIVEN_NAMES, givenNames.get(i))
                    .set(PERSON.BIRTH_DATE, births.get(i)).set(PERSON.SEX, i % 2 == 0 ? "FEMALE" : "MALE")
                    .set(PERSON.ARRIVAL_DATE, arrived).set(PERSON.HOUSEHOLD_ID, household)
                    .set(PERSON.RELATION_TO_HEAD, i == 0 ? "HEAD" : births.get(i).isAfter(births.get(0)) ? "CHILD" : "SPOUSE")
                    .set(PERSON.LANGUAGES, new String[] {"uk", "ru"})
                    .set(PERSON.SEARCH_TEXT, (family + " " + givenNames.get(i)).toLowerCase())
                    .returning(PERSON.ID).fetchSingle(PERSON.ID);
            db.insertInto(STAY).set(STAY.PERSON_ID, person).set(STAY.SITE_ID, site).set(STAY.CHECKED_IN_ON, arrived)
                    .execute();
            persons.add(person);
        }
        db.insertInto(SETTLEMENT_HOUSEHOLD).set(SETTLEMENT_HOUSEHOLD.HOUSEHOLD_ID, household)
                .set(SETTLEMENT_HOUSEHOLD.STATE, SettlementStates.READY).set(SETTLEMENT_HOUSEHOLD.PERMIT_GRANTED_ON, permit)
                .set(SETTLEMENT_HOUSEHOLD.TARGET_DATE, permit.plusMonths(6)).set(SETTLEMENT_HOUSEHOLD.SITE_ID, site)
                .set(SETTLEMENT_HOUSEHOLD.COUNTY_CODE, county).execute();
        db.insertInto(SETTLEMENT_INTERVIEW).set(SETTLEMENT_INTERVIEW.HOUSEHOLD_ID, household)
                .set(SETTLEMENT_INTERVIEW.HELD_ON, permit.plusDays(7)).set(SETTLEMENT_INTERVIEW.HELD_BY, "demo-data")
                .set(SETTLEMENT_INTERVIEW.ROOMS_NEEDED, rooms).set(SETTLEMENT_INTERVIEW.WISHES, wishes)
                .set(SETTLEMENT_INTERVIEW.FAMILY_TIES, ties).set(SETTLEMENT_INTERVIEW.SUMMARY, summary).execute();
        return household;
    }
}
