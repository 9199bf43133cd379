package no.ankomst.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.ankomst.AnkomstTest;
import no.ankomst.audit.AuditService;
import no.ankomst.base.ConflictException;
import no.ankomst.base.ValidationException;
import no.ankomst.residents.ResidentTestData;
import no.ankomst.settlement.InterviewRecords.AdultAnswers;
import no.ankomst.settlement.InterviewRecords.InterviewForm;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A household waits for every member's permit, then for the interview, then is ready; the target follows. */
@AnkomstTest
class SettlementPipelineTest {

    @Autowired
    DSLContext db;
    @Autowired
    SettlementPipeline pipeline;
    @Autowired
    SettlementReadiness readiness;
    @Autowired
    SettlementInterviewService interviews;
    @Autowired
    ResidentTestData data;
    @Autowired
    AuditService audit;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Clock clock;

    private SettlementFixtures fixtures;
    private LocalDate today;

    @BeforeEach
    void setUp() {
        fixtures = new SettlementFixtures(db);
        today = LocalDate.now(clock);
    }

    private void refresh(long household) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> pipeline.refresh(household));
    }

    private InterviewForm interview(long household, long adult, Set<String> services, boolean consent) {
        return new InterviewForm(household, null, today, 2, false, Set.of("0301"), Set.of("3105"), services, consent,
                "Wants to work as a nurse.", List.of(new AdultAnswers(adult, "Nurse", "10 years", Set.of("uk", "en"))));
    }

    @Test
    void a_household_waits_for_every_permit_then_the_interview_then_is_ready_with_a_six_month_target() {
        long household = fixtures.household();
        long mother = fixtures.member(household, "HEAD", LocalDate.of(1985, 3, 1), SettlementFixtures.RADE, today);
        long son = fixtures.member(household, "CHILD", LocalDate.of(2012, 5, 5), SettlementFixtures.RADE, today);
        fixtures.grant(mother, today.minusDays(20));
        refresh(household);
        assertThat(fixtures.state(household)).isEqualTo("WAITING_PERMIT");
        assertThat(data.as("manager", () -> readiness.of(household)).membersWithoutGrant()).containsExactly(son);

        fixtures.grant(son, today.minusDays(10));
        refresh(household);
        assertThat(fixtures.state(household)).isEqualTo("WAITING_INTERVIEW");

        data.as("staff", () -> interviews.save(interview(household, mother, Set.of(), false)));

        assertThat(fixtures.state(household)).isEqualTo("READY");
        Readiness ready = data.as("officer", () -> readiness.of(household));
        assertThat(ready.ready()).isTrue();
        assertThat(ready.permitGrantedOn()).isEqualTo(today.minusDays(10));
        assertThat(ready.targetDate()).isEqualTo(today.minusDays(10).plusMonths(6));
        assertThat(ready.unaccompaniedMinor()).isFalse();
    }

    @Test
    void unaccompanied_minors_have_three_months() {
        long household = fixtures.household();
        long minor = fixtures.member(household, "HEAD", today.minusYears(16), SettlementFixtures.RADE, today);
        fixtures.grant(minor, today.minusDays(5));

        refresh(household);

        Readiness facts = data.as("manager", () -> readiness.of(household));
        assertThat(facts.unaccompaniedMinor()).isTrue();
        assertThat(facts.targetDate()).isEqualTo(today.minusDays(5).plusMonths(3));
        assertThat(facts.missingKeys()).containsExactly("settlement.missing.interview");
    }

    @Test
    void the_same_grant_twice_changes_the_state_once() {
        long household = fixtures.household();
        long head = fixtures.member(household, "HEAD", LocalDate.of(1990, 1, 1), SettlementFixtures.RADE, today);
        fixtures.grant(head, today.minusDays(3));

        refresh(household);
        refresh(household);

        assertThat(fixtures.state(household)).isEqualTo("WAITING_INTERVIEW");
        assertThat(data.as("admin", () -> audit.trailOf(Map.of(SettlementPipeline.ENTITY,
                List.of(String.valueOf(household))), 0, 10))).hasSize(1);
    }

    @Test
    void needs_for_services_without_consent_are_refused_naming_the_field_and_nothing_is_saved() {
        long household = fixtures.household();
        long head = fixtures.member(household, "HEAD", LocalDate.of(1980, 1, 1), SettlementFixtures.RADE, today);

        assertThatThrownBy(() -> data.as("staff", () -> interviews.save(interview(household, head,
                Set.of("HOME_CARE"), false))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(ValidationException.Violation::field, ValidationException.Violation::ruleKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("neededServices",
                                "validation.settlement.consent")));
        assertThat(data.as("staff", () -> interviews.forPerson(head)).interview()).isNull();
    }

    @Test
    void a_diagnosis_is_not_a_service_need_and_a_child_gets_no_adult_answers() {
        long household = fixtures.household();
        long head = fixtures.member(household, "HEAD", LocalDate.of(1980, 1, 1), SettlementFixtures.RADE, today);
        long child = fixtures.member(household, "CHILD", today.minusYears(8), SettlementFixtures.RADE, today);

        assertThatThrownBy(() -> data.as("staff", () -> interviews.save(interview(household, child,
                Set.of("DIABETES"), true))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(ValidationException.Violation::ruleKey)
                        .containsExactlyInAnyOrder("validation.settlement.serviceUnknown",
                                "validation.settlement.adultNotInHousehold"));
        assertThat(head).isPositive();
    }

    @Test
    void a_stale_interview_edit_is_a_conflict() {
        long household = fixtures.household();
        long head = fixtures.member(household, "HEAD", LocalDate.of(1980, 1, 1), SettlementFixtures.RADE, today);
        data.as("staff", () -> interviews.save(interview(household, head, Set.of("HOME_CARE"), true)));
        int read = data.as("staff", () -> interviews.forPerson(head)).interview().version();
        InterviewForm first = withVersion(interview(household, head, Set.of(), false), read);
        data.as("staff", () -> interviews.save(first));

        assertThatThrownBy(() -> data.as("staff", () -> interviews.save(first)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void only_centre_staff_of_the_household_site_hold_the_interview() {
        long household = fixtures.household();
        long head = fixtures.member(household, "HEAD", LocalDate.of(1980, 1, 1), SettlementFixtures.RADE, today);
        InterviewForm form = interview(household, head, Set.of(), false);

        for (String user : List.of("manager", "officer", "health", ResidentTestData.HAUGESUND_STAFF)) {
            assertThatThrownBy(() -> data.as(user, () -> interviews.save(form)))
                    .as(user).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(data.as("staff", () -> interviews.forPerson(head)).mayHoldInterview()).isTrue();
    }

    @Test
    void an_officer_reads_households_of_their_counties_only() {
        long rade = fixtures.household();
        long atRade = fixtures.member(rade, "HEAD", LocalDate.of(1980, 1, 1), SettlementFixtures.RADE, today);
        long haugesund = fixtures.household();
        long atHaugesund = fixtures.member(haugesund, "HEAD", LocalDate.of(1980, 1, 1), SettlementFixtures.HAUGESUND,
                today);
        fixtures.grant(atRade, today);
        fixtures.grant(atHaugesund, today);
        refresh(rade);
        refresh(haugesund);

        assertThat(data.as("officer", () -> interviews.forPerson(atRade)).state())
                .isEqualTo(SettlementState.WAITING_INTERVIEW);
        assertThatThrownBy(() -> data.as("officer", () -> interviews.forPerson(atHaugesund)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static InterviewForm withVersion(InterviewForm form, int version) {
        return new InterviewForm(form.householdId(), version, form.heldOn(), form.roomsNeeded(),
                form.needsAccessible(), form.familyTies(), form.wishes(), form.neededServices(),
                form.servicesConsent(), form.summary(), form.adults());
    }
}
