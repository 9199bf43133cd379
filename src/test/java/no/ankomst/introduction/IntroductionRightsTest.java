package no.ankomst.introduction;

import static no.ankomst.db.Tables.INTRODUCTION_RIGHT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import no.ankomst.AnkomstTest;
import no.ankomst.MovableClock;
import no.ankomst.base.Age;
import no.ankomst.db.tables.records.IntroductionRightRecord;
import no.ankomst.jobs.JobContext;
import no.ankomst.settlement.HouseholdSettled;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Rights arise from settlement (once, however often the event comes) for members aged 18-55 on the settlement day,
 * and from the daily job on the 18th birthday of someone settled younger; never for someone 56 on the settlement day.
 * The listener's work is called directly ({@code IntroductionListener} only hands the event to it, asynchronously).
 */
@AnkomstTest
class IntroductionRightsTest {

    @Autowired
    IntroductionRightsWork listener;
    @Autowired
    IntroductionEligibilityJob job;
    @Autowired
    MovableClock clock;
    @Autowired
    DSLContext db;

    private IntroductionFixtures fixtures;
    private LocalDate today;

    @BeforeEach
    void fixtures() {
        fixtures = new IntroductionFixtures(db);
        today = LocalDate.now(clock);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private List<IntroductionRightRecord> rightsOf(long personId) {
        return db.fetch(INTRODUCTION_RIGHT, INTRODUCTION_RIGHT.PERSON_ID.eq(personId));
    }

    private static JobContext firingOn(LocalDate day) {
        return new JobContext(IntroductionEligibilityJob.NAME,
                day.atTime(1, 30).atZone(ZoneId.of("Europe/Oslo")).toInstant());
    }

    private void runJobOn(LocalDate day) {
        clock.setDate(day);
        job.run(firingOn(day));
    }

    @Test
    void the_same_settlement_twice_gives_one_right_to_each_adult_and_none_to_a_child() {
        long household = fixtures.household();
        long mother = fixtures.person(household, "HEAD", today.minusYears(34));
        long son = fixtures.person(household, "CHILD", today.minusYears(9));
        HouseholdSettled settled = new HouseholdSettled(household, IntroductionFixtures.OSLO, today,
                List.of(mother, son));

        listener.settled(settled);
        listener.settled(settled);

        assertThat(rightsOf(mother)).singleElement().satisfies(right -> {
            assertThat(right.getAroseOn()).isEqualTo(today);
            assertThat(right.getMunicipalityCode()).isEqualTo(IntroductionFixtures.OSLO);
            assertThat(right.getStartBy()).isEqualTo(today.plusMonths(3));
            assertThat(right.getState()).isEqualTo("NOT_OFFERED");
            assertThat(right.getCreatedBy()).isEqualTo("system:" + IntroductionRightsWork.WORK);
        });
        assertThat(rightsOf(son)).isEmpty();
    }

    @Test
    void a_seventeen_year_old_gets_the_right_from_the_job_on_their_eighteenth_birthday_and_only_once() {
        LocalDate settledOn = today.minusDays(20);
        LocalDate born = today.minusYears(18).plusDays(10);
        LocalDate birthday = Age.of(born).birthday(18);
        long household = fixtures.household();
        fixtures.person(household, "HEAD", today.minusYears(60));
        long daughter = fixtures.person(household, "CHILD", born);
        fixtures.settle(daughter, IntroductionFixtures.OSLO, settledOn);

        listener.settled(new HouseholdSettled(household, IntroductionFixtures.OSLO, settledOn, List.of(daughter)));
        runJobOn(birthday.minusDays(1));
        assertThat(rightsOf(daughter)).isEmpty();

        runJobOn(birthday);
        runJobOn(birthday);
        runJobOn(birthday.plusDays(1));

        assertThat(rightsOf(daughter)).singleElement().satisfies(right -> {
            assertThat(right.getAroseOn()).isEqualTo(birthday);
            assertThat(right.getStartBy()).isEqualTo(birthday.plusMonths(3));
        });
    }

    @Test
    void someone_fifty_six_on_the_settlement_day_gets_no_right_from_the_event_or_the_job() {
        long grandmother = fixtures.adult(today.minusYears(56));
        fixtures.settle(grandmother, IntroductionFixtures.OSLO, today);

        listener.settled(new HouseholdSettled(fixtures.householdOf(grandmother), IntroductionFixtures.OSLO, today,
                List.of(grandmother)));
        runJobOn(today.plusDays(1));

        assertThat(rightsOf(grandmother)).isEmpty();
    }

    @Test
    void fifty_five_on_the_settlement_day_gets_the_right_and_keeps_it_after_turning_fifty_six() {
        long father = fixtures.adult(today.minusYears(56).plusDays(1));

        listener.settled(new HouseholdSettled(fixtures.householdOf(father), IntroductionFixtures.OSLO, today,
                List.of(father)));
        runJobOn(today.plusDays(5));

        assertThat(rightsOf(father)).singleElement()
                .satisfies(right -> assertThat(right.getAroseOn()).isEqualTo(today));
    }

    @Test
    void the_job_catches_a_settled_adult_whose_event_has_not_been_handled() {
        long adult = fixtures.adult(today.minusYears(40));
        fixtures.settle(adult, IntroductionFixtures.RADE, today.minusDays(3));

        runJobOn(today);

        assertThat(rightsOf(adult)).singleElement().satisfies(right -> {
            assertThat(right.getAroseOn()).isEqualTo(today.minusDays(3));
            assertThat(right.getMunicipalityCode()).isEqualTo(IntroductionFixtures.RADE);
        });
    }
}
