package no.ankomst.schooling;

import static no.ankomst.db.Tables.SCHOOL_NEED;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import no.ankomst.AnkomstTest;
import no.ankomst.MovableClock;
import no.ankomst.jobs.JobContext;
import no.ankomst.jobs.JobCounts;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The daily job notices a child coming into school age on 1 January, once: the second run of the same day changes
 * nothing; the status was right before the job ran.
 */
@AnkomstTest
@WithUserDetails("staff")
class SchoolAgeJobTest {

    @Autowired
    SchoolAgeJob job;
    @Autowired
    EnrolmentService enrolments;
    @Autowired
    DSLContext db;
    @Autowired
    MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static JobContext firingOn(LocalDate day) {
        return new JobContext("school-age", day.atTime(1, 15).atZone(ZoneId.of("Europe/Oslo")).toInstant());
    }

    private int needsOf(long child) {
        return db.fetchCount(SCHOOL_NEED, SCHOOL_NEED.PERSON_ID.eq(child).and(SCHOOL_NEED.REASON.eq("SCHOOL_AGE")));
    }

    @Test
    void a_child_turning_six_this_year_is_noticed_on_new_years_day_once() {
        LocalDate newYear = LocalDate.of(2027, 1, 1);
        SchoolingFixtures fixtures = new SchoolingFixtures(db);
        long child = fixtures.child(SchoolingFixtures.RADE, LocalDate.of(2021, 11, 30), LocalDate.of(2026, 6, 1));
        long tooYoung = fixtures.child(SchoolingFixtures.RADE, LocalDate.of(2022, 1, 1), LocalDate.of(2026, 6, 1));

        clock.setDate(newYear.minusDays(1));
        assertThat(enrolments.status(child)).isEqualTo(SchoolingStatus.NOT_SCHOOL_AGE);
        job.run(firingOn(newYear.minusDays(1)));
        assertThat(needsOf(child)).isZero();

        clock.setDate(newYear);
        // right before any job runs: the status is computed from dates
        assertThat(enrolments.status(child)).isEqualTo(SchoolingStatus.NEEDS_SCHOOL);
        JobCounts first = job.run(firingOn(newYear));
        JobCounts second = job.run(firingOn(newYear));

        assertThat(first.counts().get("noticed")).isPositive();
        assertThat(second.counts()).containsEntry("noticed", 0L);
        assertThat(needsOf(child)).isEqualTo(1);
        assertThat(needsOf(tooYoung)).isZero();
        assertThat(db.fetchSingle(SCHOOL_NEED, SCHOOL_NEED.PERSON_ID.eq(child)).getOpenedOn()).isEqualTo(newYear);
    }
}
