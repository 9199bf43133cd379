package no.ankomst.demo;

import static no.ankomst.db.Tables.PERSON;
import static no.ankomst.db.Tables.SITE;
import static no.ankomst.db.Tables.STAY;
import static no.ankomst.db.Tables.TB_REFERRAL;
import static no.ankomst.db.Tables.TB_RESULT;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Repository;
import org.jooq.DSLContext;

/** Writes the demo's TB results and referrals straight in the database (no audit: made-up history). */
@Repository
@Profile("demo")
class DemoTbRepository {

    record Resident(long id, LocalDate birthDate, LocalDate arrival) {
    }

    private final DSLContext db;

    DemoTbRepository(DSLContext db) {
        this.db = db;
    }

    boolean anyResult() {
        return db.fetchExists(TB_RESULT);
    }

    /** Residents staying now at the named sites who arrived before {@code before}, oldest id first. */
    List<Resident> residentsAt(Collection<String> siteNames, LocalDate before, int limit) {
        return db.select(PERSON.ID, PERSON.BIRTH_DATE, PERSON.ARRIVAL_DATE)
                .from(PERSON).join(STAY).on(STAY.PERSON_ID.eq(PERSON.ID).and(STAY.CHECKED_OUT_ON.isNull()))
                .join(SITE).on(SITE.ID.eq(STAY.SITE_ID))
                .where(SITE.NAME.in(siteNames).and(PERSON.MERGED_INTO.isNull())
                        .and(PERSON.ARRIVAL_DATE.lt(before)))
                .orderBy(PERSON.ID).limit(limit)
                .fetch(r -> new Resident(r.value1(), r.value2(), r.value3()));
    }

    long result(long personId, String testType, LocalDate testedOn, String outcome, String by) {
        return db.insertInto(TB_RESULT).set(TB_RESULT.PERSON_ID, personId).set(TB_RESULT.TEST_TYPE, testType)
                .set(TB_RESULT.TESTED_ON, testedOn).set(TB_RESULT.OUTCOME, outcome).set(TB_RESULT.RECORDED_BY, by)
                .returning(TB_RESULT.ID).fetchSingle(TB_RESULT.ID);
    }

    void referral(long personId, String reason, long resultId, LocalDate on, @Nullable LocalDate followedUpOn,
                  String by) {
        db.insertInto(TB_REFERRAL).set(TB_REFERRAL.PERSON_ID, personId).set(TB_REFERRAL.REASON, reason)
                .set(TB_REFERRAL.RESULT_ID, resultId).set(TB_REFERRAL.REFERRED_ON, on)
                .set(TB_REFERRAL.FOLLOWED_UP_ON, followedUpOn).set(TB_REFERRAL.CREATED_BY, by).execute();
    }
}
