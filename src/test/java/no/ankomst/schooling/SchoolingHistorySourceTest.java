package no.ankomst.schooling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import no.ankomst.AnkomstTest;
import no.ankomst.schooling.SchoolingRecords.EnrolmentDraft;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** A child's enrolments are in the resident's history for those who read schooling, and only for them. */
@AnkomstTest
class SchoolingHistorySourceTest {

    @Autowired
    SchoolingHistorySource history;
    @Autowired
    EnrolmentService enrolments;
    @Autowired
    DSLContext db;
    @Autowired
    Clock clock;

    @Test
    @WithUserDetails("staff")
    void staff_see_the_enrolment_in_the_history() {
        LocalDate today = LocalDate.now(clock);
        SchoolingFixtures fixtures = new SchoolingFixtures(db);
        long child = fixtures.child(SchoolingFixtures.RADE, today.minusYears(8), today.minusDays(20));
        long id = enrolments.record(child, new EnrolmentDraft(fixtures.school("3112"), 2, today.minusDays(10), null,
                null, null, null)).id();

        assertThat(history.records(List.of(child))).containsEntry(EnrolmentService.ENTITY, List.of(String.valueOf(id)));
    }

    @Test
    @WithUserDetails("health")
    void health_staff_get_no_schooling_history() {
        assertThat(history.records(List.of(1L))).isEmpty();
    }
}
