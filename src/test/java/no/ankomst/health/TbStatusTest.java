package no.ankomst.health;

import static no.ankomst.db.Tables.PERSON;
import static no.ankomst.db.Tables.TB_SCREENING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.ankomst.AnkomstTest;
import no.ankomst.MovableClock;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** The TB status, due date and incidence class computed when read, over real rows, on a moved clock. */
@AnkomstTest
@WithUserDetails("health")
class TbStatusTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @Autowired
    DSLContext db;
    @Autowired
    TbStatusConditions conditions;
    @Autowired
    TbIncidenceService incidence;
    @Autowired
    MovableClock clock;

    private TbFixtures fixtures;
    private long clinic;

    @BeforeEach
    void setUp() {
        clock.setDate(TODAY);
        fixtures = new TbFixtures(db);
        clinic = fixtures.clinic(fixtures.newSite());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private TbStatus status(long personId) {
        TbStatus status = TbStatus.valueOf(db.select(conditions.status(PERSON, TODAY)).from(PERSON)
                .where(PERSON.ID.eq(personId)).fetchSingle().value1());
        // the filter form agrees with the computed status, for every status
        for (TbStatus each : TbStatus.values()) {
            assertThat(db.fetchExists(PERSON, PERSON.ID.eq(personId).and(conditions.statusIs(PERSON, each, TODAY))))
                    .as("statusIs(%s) for a person whose status is %s", each, status).isEqualTo(each == status);
            assertThat(db.fetchExists(TB_SCREENING, TB_SCREENING.PERSON_ID.eq(personId)
                    .and(conditions.statusIn(TB_SCREENING, java.util.Set.of(each), TODAY))))
                    .as("the kept state's statusIn(%s) for a person whose status is %s", each, status)
                    .isEqualTo(each == status);
        }
        // the state the database keeps (V16) gives the same status as the one computed from the rows
        assertThat(db.select(conditions.status(TB_SCREENING, TODAY)).from(TB_SCREENING)
                .where(TB_SCREENING.PERSON_ID.eq(personId)).fetchSingle().value1())
                .as("status from the kept screening state").isEqualTo(status.name());
        return status;
    }

    private LocalDate due(long personId) {
        return db.select(conditions.dueDate(PERSON)).from(PERSON).where(PERSON.ID.eq(personId)).fetchSingle().value1();
    }

    private boolean needsBooking(long personId) {
        return db.fetchExists(PERSON, PERSON.ID.eq(personId).and(conditions.needsBooking(PERSON)));
    }

    @Test
    void the_deadline_decides_between_not_due_due_and_overdue_on_the_day_it_is_read() {
        long dueToday = fixtures.adult(TODAY.minusDays(14));
        long dueInSeven = fixtures.adult(TODAY.minusDays(7));
        long dueInEight = fixtures.adult(TODAY.minusDays(6));
        long dueYesterday = fixtures.adult(TODAY.minusDays(15));

        assertThat(due(dueToday)).isEqualTo(TODAY);
        assertThat(status(dueToday)).isEqualTo(TbStatus.DUE);
        assertThat(status(dueInSeven)).isEqualTo(TbStatus.DUE);
        assertThat(status(dueInEight)).isEqualTo(TbStatus.NOT_DUE_YET);
        assertThat(status(dueYesterday)).isEqualTo(TbStatus.OVERDUE);
        assertThat(needsBooking(dueYesterday)).isTrue();
        var dueOrOverdue = java.util.Set.of(TbStatus.DUE, TbStatus.OVERDUE);
        assertThat(db.select(PERSON.ID).from(PERSON).where(PERSON.ID.in(dueToday, dueInEight, dueYesterday)
                .and(conditions.statusIn(PERSON, dueOrOverdue, TODAY))).fetch(PERSON.ID))
                .containsExactlyInAnyOrder(dueToday, dueYesterday);
    }

    @Test
    void without_an_arrival_date_the_first_police_registration_counts_and_without_either_nothing_is_due() {
        long registered = fixtures.adult(null);
        fixtures.policeRegistration(registered, LocalDate.of(2026, 2, 25));
        fixtures.policeRegistration(registered, LocalDate.of(2026, 2, 1));
        long unknown = fixtures.adult(null);

        assertThat(due(registered)).isEqualTo(LocalDate.of(2026, 2, 15));
        assertThat(status(registered)).isEqualTo(TbStatus.OVERDUE);
        assertThat(due(unknown)).isNull();
        assertThat(status(unknown)).isEqualTo(TbStatus.NOT_DUE_YET);
        assertThat(needsBooking(unknown)).isFalse();
    }

    @Test
    void an_arrival_in_the_2022_window_has_four_weeks_and_the_day_after_the_window_fourteen_days() {
        assertThat(due(fixtures.adult(LocalDate.of(2022, 4, 1)))).isEqualTo(LocalDate.of(2022, 4, 29));
        assertThat(due(fixtures.adult(LocalDate.of(2022, 9, 30)))).isEqualTo(LocalDate.of(2022, 10, 28));
        assertThat(due(fixtures.adult(LocalDate.of(2022, 10, 1)))).isEqualTo(LocalDate.of(2022, 10, 15));
        assertThat(due(fixtures.adult(LocalDate.of(2022, 3, 31)))).isEqualTo(LocalDate.of(2022, 4, 14));
    }

    @Test
    void a_booked_appointment_then_a_result_make_the_person_booked_then_done() {
        long person = fixtures.adult(TODAY.minusDays(20));
        long appointment = fixtures.appointment(person, clinic, TODAY.minusDays(1));
        assertThat(status(person)).isEqualTo(TbStatus.BOOKED);
        assertThat(needsBooking(person)).isFalse();
        assertThat(db.fetchExists(PERSON, PERSON.ID.eq(person).and(conditions.resultPending(PERSON.ID, TODAY))))
                .isTrue();

        db.update(no.ankomst.db.Tables.TB_APPOINTMENT).set(no.ankomst.db.Tables.TB_APPOINTMENT.STATE, "ATTENDED")
                .where(no.ankomst.db.Tables.TB_APPOINTMENT.ID.eq(appointment)).execute();
        fixtures.result(person, TbOutcome.LATENT_INFECTION, TODAY.minusDays(1));

        assertThat(status(person)).isEqualTo(TbStatus.DONE);
        assertThat(needsBooking(person)).isFalse();
    }

    @Test
    void did_not_attend_as_the_latest_result_is_not_done_and_the_person_needs_booking_again() {
        long person = fixtures.adult(TODAY.minusDays(30));
        fixtures.result(person, TbOutcome.NO_FINDING, TODAY.minusDays(20));
        assertThat(status(person)).isEqualTo(TbStatus.DONE);

        fixtures.result(person, TbOutcome.DID_NOT_ATTEND, TODAY.minusDays(2));

        assertThat(status(person)).isEqualTo(TbStatus.OVERDUE);
        assertThat(needsBooking(person)).isTrue();
    }

    @Test
    void an_open_private_housing_referral_is_referred_until_followed_up_and_is_not_booked() {
        long person = fixtures.adult(TODAY.minusDays(30));
        long referral = fixtures.referral(person, "PRIVATE_HOUSING", TODAY.minusDays(10));
        assertThat(status(person)).isEqualTo(TbStatus.REFERRED);
        assertThat(needsBooking(person)).isFalse();

        db.update(no.ankomst.db.Tables.TB_REFERRAL).set(no.ankomst.db.Tables.TB_REFERRAL.FOLLOWED_UP_ON, TODAY)
                .where(no.ankomst.db.Tables.TB_REFERRAL.ID.eq(referral)).execute();

        assertThat(status(person)).isEqualTo(TbStatus.OVERDUE);
    }

    @Test
    void the_kept_state_is_done_exactly_for_the_outcomes_that_complete_a_screening() {
        for (TbOutcome outcome : TbOutcome.values()) {
            long person = fixtures.adult(TODAY.minusDays(30));
            fixtures.result(person, outcome, TODAY.minusDays(2));
            assertThat(keptState(person)).as("kept state after %s", outcome)
                    .isEqualTo(outcome.completesScreening() ? "DONE" : "OPEN");
        }
    }

    @Test
    void the_kept_site_follows_the_latest_stay_while_it_is_open_or_ended_in_private_housing() {
        long first = fixtures.newSite();
        long second = fixtures.newSite();
        long person = fixtures.residentAt(first, TODAY.minusDays(40));
        assertThat(keptSite(person)).isEqualTo(first);

        fixtures.checkOut(person, TODAY.minusDays(20), "TRANSFERRED");
        assertThat(keptSite(person)).as("between two stays nobody follows").isNull();
        fixtures.stay(person, second, TODAY.minusDays(20));
        assertThat(keptSite(person)).isEqualTo(second);

        fixtures.checkOut(person, TODAY.minusDays(5), "PRIVATE_HOUSING");
        assertThat(keptSite(person)).as("private housing: still followed by the last site").isEqualTo(second);

        long other = fixtures.residentAt(first, TODAY.minusDays(40));
        fixtures.checkOut(other, TODAY.minusDays(3), "LEFT");
        assertThat(keptSite(other)).isNull();
    }

    @Test
    void a_merged_duplicate_is_marked_in_the_kept_state() {
        long kept = fixtures.adult(TODAY.minusDays(30));
        long duplicate = fixtures.adult(TODAY.minusDays(30));
        db.update(PERSON).set(PERSON.MERGED_INTO, kept).where(PERSON.ID.eq(duplicate)).execute();
        assertThat(db.select(TB_SCREENING.MERGED).from(TB_SCREENING).where(TB_SCREENING.PERSON_ID.eq(duplicate))
                .fetchSingle().value1()).isTrue();
    }

    private String keptState(long personId) {
        return db.select(TB_SCREENING.STATE).from(TB_SCREENING).where(TB_SCREENING.PERSON_ID.eq(personId))
                .fetchSingle().value1();
    }

    private Long keptSite(long personId) {
        return db.select(TB_SCREENING.SITE_ID).from(TB_SCREENING).where(TB_SCREENING.PERSON_ID.eq(personId))
                .fetchSingle().value1();
    }

    @Test
    void the_incidence_class_is_the_highest_of_the_citizenships_valid_on_the_day_and_low_without_a_row() {
        LocalDate born = LocalDate.of(2000, 1, 1);
        long ukrainian = fixtures.person(TODAY, born, "UA");
        long both = fixtures.person(TODAY, born, "UA", "SO");
        long swedish = fixtures.person(TODAY, born, "SE");
        long none = fixtures.person(TODAY, born);

        Map<Long, Incidence> classes = incidence.incidenceOf(List.of(ukrainian, both, swedish, none), TODAY);

        assertThat(classes).containsEntry(ukrainian, Incidence.HIGH).containsEntry(both, Incidence.VERY_HIGH)
                .containsEntry(swedish, Incidence.LOW).containsEntry(none, Incidence.LOW);
        // before the list's first day nothing was on it
        assertThat(incidence.incidenceOf(List.of(both), LocalDate.of(2017, 2, 28))).containsEntry(both, Incidence.LOW);
    }

    @Test
    @WithUserDetails("coordinator")
    void a_coordinator_may_not_read_incidence_classes() {
        assertThatThrownBy(() -> incidence.incidenceOf(List.of(1L), TODAY)).isInstanceOf(AccessDeniedException.class);
    }
}
