package no.ankomst.schooling;

import static no.ankomst.db.Tables.KINDERGARTEN_RIGHT;
import static no.ankomst.db.Tables.SCHOOL_ENROLMENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import no.ankomst.AnkomstTest;
import no.ankomst.accommodation.ResidentArrived;
import no.ankomst.accommodation.StayService;
import no.ankomst.db.tables.records.SchoolEnrolmentRecord;
import no.ankomst.schooling.SchoolingRecords.EnrolmentDraft;
import no.ankomst.settlement.HouseholdSettled;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * A move to another municipality ends the child's enrolment there (reason MOVED) and opens a new need; a move within
 * the municipality changes nothing; delivering the same arrival twice changes nothing more; settlement does the same
 * and starts the right to kindergarten.
 */
@AnkomstTest
@WithUserDetails("admin")
@RecordApplicationEvents
class SchoolingMovesTest {

    @Autowired
    SchoolingMoveWork moves;
    @Autowired
    EnrolmentService enrolments;
    @Autowired
    StayService stays;
    @Autowired
    SchoolingMoveRepository needs;
    @Autowired
    DSLContext db;
    @Autowired
    Clock clock;
    @Autowired
    ApplicationEvents published;

    private SchoolingFixtures fixtures;
    private LocalDate today;

    @BeforeEach
    void fixtures() {
        fixtures = new SchoolingFixtures(db);
        today = LocalDate.now(clock);
    }

    private long startedChildAtRaade() {
        long child = fixtures.child(SchoolingFixtures.RADE, today.minusYears(9), today.minusDays(60));
        enrolments.record(child, new EnrolmentDraft(fixtures.school("3112"), 3, today.minusDays(50),
                today.minusDays(45), today.minusDays(40), null, null));
        return child;
    }

    private SchoolEnrolmentRecord enrolmentOf(long child) {
        return db.fetchSingle(SCHOOL_ENROLMENT, SCHOOL_ENROLMENT.PERSON_ID.eq(child));
    }

    @Test
    void a_transfer_publishes_an_arrival_at_the_new_site() {
        long child = startedChildAtRaade();
        long haugesund = fixtures.site(SchoolingFixtures.HAUGESUND);

        stays.transfer(child, haugesund, null, today.minusDays(2));

        assertThat(published.stream(ResidentArrived.class).filter(a -> a.personId() == child))
                .containsExactly(new ResidentArrived(child, haugesund, today.minusDays(2)));
    }

    @Test
    void arriving_in_another_municipality_ends_the_enrolment_as_moved_once_and_opens_a_need() {
        long child = startedChildAtRaade();
        long haugesund = fixtures.site(SchoolingFixtures.HAUGESUND);
        stays.transfer(child, haugesund, null, today.minusDays(2));
        ResidentArrived arrived = new ResidentArrived(child, haugesund, today.minusDays(2));

        moves.arrived(arrived);
        SchoolEnrolmentRecord ended = enrolmentOf(child);
        moves.arrived(arrived);

        assertThat(ended.getState()).isEqualTo("ENDED");
        assertThat(ended.getEndReason()).isEqualTo("MOVED");
        assertThat(ended.getEndedOn()).isEqualTo(today.minusDays(2));
        assertThat(enrolmentOf(child).getVersion()).isEqualTo(ended.getVersion());
        assertThat(needs.needs(child, NeedReason.MOVED)).isEqualTo(1);
        // a new need: a month from the move, not yet late
        assertThat(enrolments.status(child)).isEqualTo(SchoolingStatus.NEEDS_SCHOOL);
    }

    @Test
    void arriving_at_a_site_in_the_same_municipality_keeps_the_enrolment() {
        long child = startedChildAtRaade();

        moves.arrived(new ResidentArrived(child, fixtures.site(SchoolingFixtures.RADE), today));

        assertThat(enrolmentOf(child).getState()).isEqualTo("STARTED");
        assertThat(enrolments.status(child)).isEqualTo(SchoolingStatus.STARTED);
    }

    @Test
    void settlement_ends_enrolments_outside_the_new_municipality_and_starts_the_right_to_kindergarten() {
        long child = startedChildAtRaade();
        long sibling = fixtures.child(SchoolingFixtures.RADE, today.minusYears(2), today.minusDays(60));
        HouseholdSettled settled = new HouseholdSettled(1L, "0301", today.minusDays(1), List.of(child, sibling));

        moves.settled(settled);
        moves.settled(settled);

        assertThat(enrolmentOf(child).getEndReason()).isEqualTo("MOVED");
        assertThat(needs.needs(child, NeedReason.SETTLED)).isEqualTo(1);
        assertThat(db.fetchCount(KINDERGARTEN_RIGHT, KINDERGARTEN_RIGHT.PERSON_ID.in(child, sibling)
                .and(KINDERGARTEN_RIGHT.MUNICIPALITY_CODE.eq("0301")))).isEqualTo(2);
        assertThat(enrolments.panel(sibling).kindergartenRightFrom()).isEqualTo(today.minusDays(1));
    }
}
