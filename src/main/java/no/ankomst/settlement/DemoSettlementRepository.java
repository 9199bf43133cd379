package no.ankomst.settlement;

import static no.ankomst.db.Tables.MUNICIPALITY;
import static no.ankomst.db.Tables.PERSON;
import static no.ankomst.db.Tables.PROTECTION_CASE;
import static no.ankomst.db.Tables.SETTLEMENT_QUOTA;

import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Repository;

/** What the demo settlement data need to read and write beyond the feature's own repositories. */
@Repository
@Profile("demo")
class DemoSettlementRepository {

    private final DSLContext db;

    DemoSettlementRepository(DSLContext db) {
        this.db = db;
    }

    boolean anyQuota() {
        return db.fetchExists(SETTLEMENT_QUOTA);
    }

    List<String> municipalitiesOf(String countyCode) {
        return db.select(MUNICIPALITY.CODE).from(MUNICIPALITY).where(MUNICIPALITY.COUNTY_CODE.eq(countyCode))
                .orderBy(MUNICIPALITY.CODE).fetch(MUNICIPALITY.CODE);
    }

    void quota(String municipality, int year, int persons, int minors, LocalDate on, boolean decided) {
        db.insertInto(SETTLEMENT_QUOTA)
                .set(SETTLEMENT_QUOTA.MUNICIPALITY_CODE, municipality).set(SETTLEMENT_QUOTA.YEAR, year)
                .set(SETTLEMENT_QUOTA.REQUESTED_PERSONS, persons).set(SETTLEMENT_QUOTA.REQUESTED_MINORS, minors)
                .set(SETTLEMENT_QUOTA.REQUESTED_ON, on).set(SETTLEMENT_QUOTA.REQUESTED_BY, "demo-data")
                .set(SETTLEMENT_QUOTA.DECIDED_PERSONS, decided ? persons - persons / 5 : null)
                .set(SETTLEMENT_QUOTA.DECIDED_MINORS, decided ? minors : null)
                .set(SETTLEMENT_QUOTA.DECIDED_ON, decided ? on.plusDays(30) : null)
                .set(SETTLEMENT_QUOTA.DECIDED_BY, decided ? "demo-data" : null)
                .execute();
    }

    /** Households with at least one granted member, oldest first. */
    List<Long> householdsWithAGrant() {
        return db.selectDistinct(PERSON.HOUSEHOLD_ID).from(PERSON)
                .join(PROTECTION_CASE).on(PROTECTION_CASE.PERSON_ID.eq(PERSON.ID))
                .where(PROTECTION_CASE.STATE.eq("GRANTED").and(PERSON.HOUSEHOLD_ID.isNotNull())
                        .and(PERSON.MERGED_INTO.isNull()))
                .orderBy(PERSON.HOUSEHOLD_ID).fetch(PERSON.HOUSEHOLD_ID);
    }
}
