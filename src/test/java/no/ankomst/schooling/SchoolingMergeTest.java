package no.ankomst.schooling;

import static no.ankomst.db.Tables.SCHOOL_ENROLMENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import no.ankomst.AnkomstTest;
import no.ankomst.schooling.SchoolingRecords.EnrolmentDraft;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** Two records of one child: the enrolments follow the survivor; enrolments that overlap refuse the merge. */
@AnkomstTest
@WithUserDetails("admin")
class SchoolingMergeTest {

    @Autowired
    SchoolingMergeParticipant participant;
    @Autowired
    EnrolmentService enrolments;
    @Autowired
    DSLContext db;
    @Autowired
    Clock clock;

    @Test
    void enrolments_move_to_the_survivor_unless_they_overlap() {
        LocalDate today = LocalDate.now(clock);
        SchoolingFixtures fixtures = new SchoolingFixtures(db);
        long school = fixtures.school("3112");
        long survivor = fixtures.child(SchoolingFixtures.RADE, today.minusYears(9), today.minusDays(90));
        long duplicate = fixtures.child(SchoolingFixtures.RADE, today.minusYears(9), today.minusDays(90));
        enrolments.record(survivor, new EnrolmentDraft(school, 3, today.minusDays(80), null, null, today.minusDays(60),
                EndReason.LEFT));
        long open = enrolments.record(duplicate, new EnrolmentDraft(school, 3, today.minusDays(70), null, null, null,
                null)).id();

        assertThat(participant.check(duplicate, survivor)).hasValueSatisfying(v ->
                assertThat(v.ruleKey()).isEqualTo("validation.merge.overlappingEnrolments"));

        enrolments.change(open, 0, new EnrolmentDraft(school, 3, today.minusDays(60), null, null, null, null));
        assertThat(participant.check(duplicate, survivor)).isEmpty();
        assertThat(participant.move(duplicate, survivor)).isEqualTo("1 school enrolments");
        assertThat(db.fetchCount(SCHOOL_ENROLMENT, SCHOOL_ENROLMENT.PERSON_ID.eq(survivor))).isEqualTo(2);
    }
}
