package no.ankomst.health;

import static no.ankomst.db.Tables.AUDIT_EVENT;
import static no.ankomst.db.Tables.TB_APPOINTMENT;
import static no.ankomst.db.Tables.TB_REFERRAL;
import static no.ankomst.db.Tables.TB_RESULT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import no.ankomst.AnkomstTest;
import no.ankomst.MovableClock;
import no.ankomst.base.ConflictException;
import no.ankomst.base.ValidationException;
import no.ankomst.base.ValidationException.Violation;
import no.ankomst.health.TbRecords.FollowUp;
import no.ankomst.health.TbRecords.NewResult;
import no.ankomst.health.TbRecords.ReferralReason;
import no.ankomst.health.TbRecords.TbFilter;
import no.ankomst.health.TbRecords.TbReferralEntry;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** Health staff record results for the people their sites follow; each outcome does what the law asks. */
@AnkomstTest
@WithUserDetails("health")
class TbResultServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 20);

    @Autowired
    TbResultService results;
    @Autowired
    TbStatusService statuses;
    @Autowired
    DSLContext db;
    @Autowired
    MovableClock clock;

    private TbFixtures fixtures;
    private long haugesund;
    private long clinic;

    @BeforeEach
    void setUp() {
        clock.setDate(TODAY);
        fixtures = new TbFixtures(db);
        haugesund = fixtures.site(TbFixtures.HAUGESUND);
        clinic = fixtures.clinic(fixtures.newSite());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String appointmentState(long id) {
        return db.select(TB_APPOINTMENT.STATE).from(TB_APPOINTMENT).where(TB_APPOINTMENT.ID.eq(id)).fetchSingle().value1();
    }

    private TbStatus status(long personId) {
        return statuses.summary(personId).orElseThrow().status();
    }

    private static Violation only(ValidationException e) {
        assertThat(e.violations()).hasSize(1);
        return e.violations().getFirst();
    }

    @Test
    void latent_infection_completes_the_screening_closes_the_appointment_and_refers_for_preventive_treatment() {
        long person = fixtures.residentAt(haugesund, TODAY.minusDays(10));
        long appointment = fixtures.appointment(person, clinic, TODAY.minusDays(1));

        long id = results.record(new NewResult(person, TbOutcome.LATENT_INFECTION, TODAY.minusDays(1), null, "IGRA+"));

        assertThat(appointmentState(appointment)).isEqualTo("ATTENDED");
        assertThat(status(person)).isEqualTo(TbStatus.DONE);
        assertThat(db.select(TB_RESULT.TEST_TYPE, TB_RESULT.APPOINTMENT_ID).from(TB_RESULT).where(TB_RESULT.ID.eq(id))
                .fetchSingle().intoArray()).containsExactly("XRAY", appointment);
        TbReferralEntry referral = results.healthDetail(person).referrals().getFirst();
        assertThat(referral.reason()).isEqualTo(ReferralReason.PREVENTIVE_TREATMENT);
        assertThat(referral.resultId()).isEqualTo(id);
        assertThat(referral.referredOn()).isEqualTo(TODAY);
        assertThat(db.select(AUDIT_EVENT.ACTOR, AUDIT_EVENT.SUMMARY).from(AUDIT_EVENT)
                .where(AUDIT_EVENT.ACTION.eq("TB_RESULT_RECORDED").and(AUDIT_EVENT.ENTITY_ID.eq(String.valueOf(id))))
                .fetchSingle().value1()).isEqualTo("health");
    }

    @Test
    void suspected_active_tb_refers_at_once_and_is_on_the_sites_health_list_the_moment_it_is_saved() {
        long person = fixtures.residentAt(haugesund, TODAY.minusDays(5));
        TbFilter suspected = new TbFilter(haugesund, Set.of(), null, null, false, true);
        int before = statuses.count(suspected);

        results.record(new NewResult(person, TbOutcome.SUSPECTED_ACTIVE, TODAY, TbTest.XRAY, null));

        assertThat(statuses.count(suspected)).isEqualTo(before + 1);
        assertThat(statuses.page(suspected, 0, 500)).anyMatch(row -> row.personId() == person);
        assertThat(db.fetchExists(TB_REFERRAL, TB_REFERRAL.PERSON_ID.eq(person)
                .and(TB_REFERRAL.REASON.eq("SUSPECTED_ACTIVE")).and(TB_REFERRAL.FOLLOWED_UP_ON.isNull()))).isTrue();
    }

    @Test
    void did_not_attend_marks_the_appointment_missed_and_sends_the_person_back_to_be_booked() {
        long person = fixtures.residentAt(haugesund, TODAY.minusDays(20));
        long appointment = fixtures.appointment(person, clinic, TODAY.minusDays(2));
        assertThat(status(person)).isEqualTo(TbStatus.BOOKED);

        results.record(new NewResult(person, TbOutcome.DID_NOT_ATTEND, TODAY.minusDays(2), null, null));

        assertThat(appointmentState(appointment)).isEqualTo("MISSED");
        assertThat(status(person)).isEqualTo(TbStatus.OVERDUE);
        assertThat(db.fetchExists(TB_REFERRAL, TB_REFERRAL.PERSON_ID.eq(person))).isFalse();
    }

    @Test
    void a_result_dated_before_its_appointment_or_in_the_future_is_refused_and_nothing_is_saved() {
        long person = fixtures.residentAt(haugesund, TODAY.minusDays(20));
        fixtures.appointment(person, clinic, TODAY.minusDays(2));

        ValidationException early = (ValidationException) org.assertj.core.api.Assertions.catchThrowable(() ->
                results.record(new NewResult(person, TbOutcome.NO_FINDING, TODAY.minusDays(3), null, null)));
        assertThat(only(early).field()).isEqualTo("testedOn");
        assertThat(only(early).ruleKey()).isEqualTo("validation.tb.testedBeforeAppointment");

        ValidationException future = (ValidationException) org.assertj.core.api.Assertions.catchThrowable(() ->
                results.record(new NewResult(person, TbOutcome.NO_FINDING, TODAY.plusDays(1), null, null)));
        assertThat(only(future).ruleKey()).isEqualTo("validation.tb.testedInFuture");

        ValidationException missing = (ValidationException) org.assertj.core.api.Assertions.catchThrowable(() ->
                results.record(new NewResult(person, null, null, null, null)));
        assertThat(missing.violations()).extracting(Violation::field).containsExactlyInAnyOrder("outcome", "testedOn");

        assertThat(db.fetchExists(TB_RESULT, TB_RESULT.PERSON_ID.eq(person))).isFalse();
        assertThat(status(person)).isEqualTo(TbStatus.BOOKED);
    }

    @Test
    void did_not_attend_without_an_appointment_is_refused() {
        long person = fixtures.residentAt(haugesund, TODAY.minusDays(20));
        ValidationException e = (ValidationException) org.assertj.core.api.Assertions.catchThrowable(() ->
                results.record(new NewResult(person, TbOutcome.DID_NOT_ATTEND, TODAY, null, null)));
        assertThat(only(e).ruleKey()).isEqualTo("validation.tb.noAppointmentMissed");
    }

    @Test
    void an_unknown_person_is_refused_by_field_and_a_person_of_another_site_by_scope() {
        ValidationException unknown = (ValidationException) org.assertj.core.api.Assertions.catchThrowable(() ->
                results.record(new NewResult(Long.MAX_VALUE, TbOutcome.NO_FINDING, TODAY, null, null)));
        assertThat(only(unknown).field()).isEqualTo("person");
        assertThat(only(unknown).ruleKey()).isEqualTo("validation.tb.unknownPerson");

        long atRade = fixtures.residentAt(fixtures.site(TbFixtures.RADE), TODAY.minusDays(3));
        assertThatThrownBy(() -> results.record(new NewResult(atRade, TbOutcome.NO_FINDING, TODAY, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(db.fetchExists(TB_RESULT, TB_RESULT.PERSON_ID.eq(atRade))).isFalse();
    }

    @Test
    @WithUserDetails("staff")
    void centre_staff_do_not_record_results() {
        long person = fixtures.residentAt(fixtures.site(TbFixtures.RADE), TODAY.minusDays(3));
        assertThatThrownBy(() -> results.record(new NewResult(person, TbOutcome.NO_FINDING, TODAY, null, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_referral_is_followed_up_on_or_after_the_day_it_was_made_and_a_stale_version_conflicts() {
        long person = fixtures.residentAt(haugesund, TODAY.minusDays(20));
        long referral = fixtures.referral(person, "PRIVATE_HOUSING", TODAY.minusDays(4));
        assertThat(status(person)).isEqualTo(TbStatus.REFERRED);

        ValidationException early = (ValidationException) org.assertj.core.api.Assertions.catchThrowable(() ->
                results.followUp(referral, 0, new FollowUp(TODAY.minusDays(5), null)));
        assertThat(only(early).field()).isEqualTo("followedUpOn");
        assertThat(only(early).ruleKey()).isEqualTo("validation.tb.followUpBeforeReferral");

        results.followUp(referral, 0, new FollowUp(TODAY.minusDays(4), "Screened by the municipality"));

        assertThat(status(person)).isEqualTo(TbStatus.OVERDUE);
        assertThatThrownBy(() -> results.followUp(referral, 0, new FollowUp(TODAY, null)))
                .isInstanceOf(ConflictException.class);
        assertThat(db.fetchExists(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("TB_REFERRAL_FOLLOWED_UP")
                .and(AUDIT_EVENT.ENTITY_ID.eq(String.valueOf(referral))))).isTrue();
    }
}
