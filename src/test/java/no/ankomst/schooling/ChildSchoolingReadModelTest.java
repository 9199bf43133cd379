package no.ankomst.schooling;

import static no.ankomst.db.Tables.CHILD_SCHOOLING;
import static no.ankomst.db.Tables.KINDERGARTEN_PLACE;
import static no.ankomst.db.Tables.PERSON;
import static no.ankomst.db.Tables.POLICE_REGISTRATION;
import static no.ankomst.db.Tables.PROTECTION_CASE;
import static no.ankomst.db.Tables.SCHOOL_ENROLMENT;
import static no.ankomst.db.Tables.STAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import no.ankomst.AnkomstTest;
import no.ankomst.db.tables.ChildSchooling;
import no.ankomst.schooling.SchoolingRules.ChildFacts;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The schooling facts and the "staying now" site the database keeps (V21) equal what the base tables say, after
 * each kind of change they depend on. The worklist and the children list read only the kept facts, so a change the
 * triggers missed would go unseen there; here it fails.
 */
@AnkomstTest
class ChildSchoolingReadModelTest {

    @Autowired
    DSLContext db;
    @Autowired
    ChildrenRepository children;
    @Autowired
    Clock clock;

    private SchoolingFixtures fixtures;
    private LocalDate today;

    @BeforeEach
    void fixtures() {
        fixtures = new SchoolingFixtures(db);
        today = LocalDate.now(clock);
    }

    /** The kept row and the facts computed from the base tables agree, and so does the site on the person's case. */
    private void keptFactsAreTrue(long personId) {
        ChildFacts truth = children.facts(personId).orElseThrow();
        ChildSchooling c = CHILD_SCHOOLING;
        Record kept = db.selectFrom(c).where(c.PERSON_ID.eq(personId)).fetchSingle();
        assertThat(kept.get(c.BIRTH_DATE)).as("birth date").isEqualTo(truth.birthDate());
        assertThat(kept.get(c.ARRIVAL)).as("arrival").isEqualTo(truth.arrival());
        assertThat(kept.get(c.OPEN_STATE)).as("open enrolment")
                .isEqualTo(truth.openEnrolment() == null ? null : truth.openEnrolment().name());
        assertThat(kept.get(c.REOPENED_ON)).as("need reopened").isEqualTo(truth.reopenedOn());
        assertThat(kept.get(c.COMPLETED_YEAR_10_ON)).as("year 10 completed").isEqualTo(truth.completedYear10On());
        Long staying = db.select(STAY.SITE_ID).from(STAY).join(PERSON).on(PERSON.ID.eq(STAY.PERSON_ID))
                .where(STAY.PERSON_ID.eq(personId).and(STAY.CHECKED_OUT_ON.isNull()).and(PERSON.MERGED_INTO.isNull()))
                .fetchOptional(STAY.SITE_ID).orElse(null);
        assertThat(kept.get(c.SITE_ID)).as("staying at").isEqualTo(staying);
        assertThat(db.select(PROTECTION_CASE.STAYING_SITE_ID).from(PROTECTION_CASE)
                .where(PROTECTION_CASE.PERSON_ID.eq(personId)).fetch(PROTECTION_CASE.STAYING_SITE_ID))
                .as("the case's staying site").allMatch(site -> java.util.Objects.equals(site, staying));
        LocalDate place = db.select(KINDERGARTEN_PLACE.STARTED_ON).from(KINDERGARTEN_PLACE)
                .where(KINDERGARTEN_PLACE.PERSON_ID.eq(personId).and(KINDERGARTEN_PLACE.ENDED_ON.isNull()))
                .fetchOptional(KINDERGARTEN_PLACE.STARTED_ON).orElse(null);
        assertThat(kept.get(c.KINDERGARTEN_STARTED_ON)).as("kindergarten started").isEqualTo(place);
    }

    private long school() {
        return fixtures.school("3112");
    }

    @Test
    void enrolments_from_application_to_an_end_by_moving_and_a_completed_year_ten() {
        long child = fixtures.child(SchoolingFixtures.RADE, today.minusYears(15), today.minusDays(90));
        keptFactsAreTrue(child);
        long enrolment = db.insertInto(SCHOOL_ENROLMENT).set(SCHOOL_ENROLMENT.PERSON_ID, child)
                .set(SCHOOL_ENROLMENT.SCHOOL_ID, school()).set(SCHOOL_ENROLMENT.SCHOOL_YEAR, (short) 9)
                .set(SCHOOL_ENROLMENT.STATE, "APPLIED").set(SCHOOL_ENROLMENT.APPLIED_ON, today.minusDays(80))
                .returning(SCHOOL_ENROLMENT.ID).fetchSingle(SCHOOL_ENROLMENT.ID);
        keptFactsAreTrue(child);
        db.update(SCHOOL_ENROLMENT).set(SCHOOL_ENROLMENT.STATE, "STARTED")
                .set(SCHOOL_ENROLMENT.STARTED_ON, today.minusDays(70)).where(SCHOOL_ENROLMENT.ID.eq(enrolment)).execute();
        keptFactsAreTrue(child);
        assertThat(db.select(CHILD_SCHOOLING.STARTED_ON).from(CHILD_SCHOOLING)
                .where(CHILD_SCHOOLING.PERSON_ID.eq(child)).fetchSingle().value1()).isEqualTo(today.minusDays(70));
        db.update(SCHOOL_ENROLMENT).set(SCHOOL_ENROLMENT.STATE, "ENDED").set(SCHOOL_ENROLMENT.ENDED_ON, today.minusDays(40))
                .set(SCHOOL_ENROLMENT.END_REASON, EndReason.MOVED.name()).where(SCHOOL_ENROLMENT.ID.eq(enrolment)).execute();
        keptFactsAreTrue(child);
        db.insertInto(SCHOOL_ENROLMENT).set(SCHOOL_ENROLMENT.PERSON_ID, child).set(SCHOOL_ENROLMENT.SCHOOL_ID, school())
                .set(SCHOOL_ENROLMENT.SCHOOL_YEAR, (short) 10).set(SCHOOL_ENROLMENT.STATE, "ENDED")
                .set(SCHOOL_ENROLMENT.APPLIED_ON, today.minusDays(30)).set(SCHOOL_ENROLMENT.ENDED_ON, today.minusDays(2))
                .set(SCHOOL_ENROLMENT.END_REASON, EndReason.COMPLETED_YEAR_10.name()).execute();
        keptFactsAreTrue(child);
        db.deleteFrom(SCHOOL_ENROLMENT).where(SCHOOL_ENROLMENT.PERSON_ID.eq(child)).execute();
        keptFactsAreTrue(child);
    }

    @Test
    void corrections_to_the_person_and_the_police_registration_reach_the_kept_arrival_and_birth_date() {
        long child = fixtures.child(SchoolingFixtures.RADE, today.minusYears(8), null);
        keptFactsAreTrue(child);
        db.insertInto(POLICE_REGISTRATION).set(POLICE_REGISTRATION.PERSON_ID, child)
                .set(POLICE_REGISTRATION.REGISTERED_ON, today.minusYears(9))
                .set(POLICE_REGISTRATION.POLICE_DISTRICT, "Øst").execute();
        keptFactsAreTrue(child);
        db.update(PERSON).set(PERSON.ARRIVAL_DATE, today.minusDays(12)).set(PERSON.BIRTH_DATE, today.minusYears(7))
                .where(PERSON.ID.eq(child)).execute();
        keptFactsAreTrue(child);
        db.update(PERSON).set(PERSON.ARRIVAL_DATE, (LocalDate) null).where(PERSON.ID.eq(child)).execute();
        keptFactsAreTrue(child);
    }

    @Test
    void a_kindergarten_place_from_application_to_its_end() {
        long child = fixtures.child(SchoolingFixtures.RADE, today.minusYears(3), today.minusDays(60));
        long place = db.insertInto(KINDERGARTEN_PLACE).set(KINDERGARTEN_PLACE.PERSON_ID, child)
                .set(KINDERGARTEN_PLACE.APPLIED_ON, today.minusDays(50))
                .returning(KINDERGARTEN_PLACE.ID).fetchSingle(KINDERGARTEN_PLACE.ID);
        keptFactsAreTrue(child);
        db.update(KINDERGARTEN_PLACE).set(KINDERGARTEN_PLACE.STARTED_ON, today.minusDays(20))
                .where(KINDERGARTEN_PLACE.ID.eq(place)).execute();
        keptFactsAreTrue(child);
        db.update(KINDERGARTEN_PLACE).set(KINDERGARTEN_PLACE.ENDED_ON, today.minusDays(1))
                .where(KINDERGARTEN_PLACE.ID.eq(place)).execute();
        keptFactsAreTrue(child);
    }

    @Test
    void moving_checking_out_and_merging_change_where_the_child_and_their_case_stay() {
        long child = fixtures.child(SchoolingFixtures.RADE, today.minusYears(9), today.minusDays(60));
        db.insertInto(PROTECTION_CASE).set(PROTECTION_CASE.PERSON_ID, child)
                .set(PROTECTION_CASE.STATE, "REGISTERED_WITH_POLICE").set(PROTECTION_CASE.REGISTERED_ON, today.minusDays(59))
                .set(PROTECTION_CASE.STATE_SINCE, today.minusDays(59)).execute();
        keptFactsAreTrue(child);
        assertThat(db.select(PROTECTION_CASE.STAYING_SITE_ID).from(PROTECTION_CASE)
                .where(PROTECTION_CASE.PERSON_ID.eq(child)).fetchSingle().value1())
                .isEqualTo(fixtures.site(SchoolingFixtures.RADE));
        // transferred: the Råde stay ends and one at Haugesund begins, in two statements as the stay service does
        db.update(STAY).set(STAY.CHECKED_OUT_ON, today.minusDays(10)).set(STAY.CHECKOUT_REASON, "TRANSFERRED")
                .where(STAY.PERSON_ID.eq(child)).execute();
        keptFactsAreTrue(child);
        db.insertInto(STAY).set(STAY.PERSON_ID, child).set(STAY.SITE_ID, fixtures.site(SchoolingFixtures.HAUGESUND))
                .set(STAY.CHECKED_IN_ON, today.minusDays(10)).execute();
        keptFactsAreTrue(child);

        long survivor = fixtures.child(SchoolingFixtures.HAUGESUND, today.minusYears(9), today.minusDays(300));
        db.update(STAY).set(STAY.CHECKED_OUT_ON, today.minusDays(200)).set(STAY.CHECKOUT_REASON, "LEFT")
                .where(STAY.PERSON_ID.eq(survivor)).execute();
        db.update(PERSON).set(PERSON.MERGED_INTO, survivor).where(PERSON.ID.eq(child)).execute();
        keptFactsAreTrue(child);
        keptFactsAreTrue(survivor);
        db.update(STAY).set(STAY.PERSON_ID, survivor).where(STAY.PERSON_ID.eq(child)).execute();
        db.update(PROTECTION_CASE).set(PROTECTION_CASE.PERSON_ID, survivor).where(PROTECTION_CASE.PERSON_ID.eq(child))
                .execute();
        for (long each : List.of(child, survivor)) {
            keptFactsAreTrue(each);
        }
        assertThat(db.select(PROTECTION_CASE.STAYING_SITE_ID).from(PROTECTION_CASE)
                .where(PROTECTION_CASE.PERSON_ID.eq(survivor)).fetchSingle().value1())
                .isEqualTo(fixtures.site(SchoolingFixtures.HAUGESUND));
    }
}
