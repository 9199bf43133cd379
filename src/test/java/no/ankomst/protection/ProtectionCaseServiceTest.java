package no.ankomst.protection;

import static no.ankomst.db.Tables.AUDIT_EVENT;
import static no.ankomst.db.Tables.CASE_EVENT;
import static no.ankomst.db.Tables.PERMIT;
import static no.ankomst.db.Tables.PROTECTION_CASE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.LocalDate;
import no.ankomst.AnkomstTest;
import no.ankomst.base.ConflictException;
import no.ankomst.base.ValidationException;
import no.ankomst.base.ValidationException.Violation;
import no.ankomst.protection.ProtectionCaseRecords.CaseDetail;
import no.ankomst.protection.ProtectionCaseRecords.Grant;
import no.ankomst.protection.ProtectionCaseRecords.GrantDetails;
import no.ankomst.protection.ProtectionCaseRecords.StateChange;
import no.ankomst.residents.ResidentService;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@AnkomstTest
@WithUserDetails("staff")
@RecordApplicationEvents
class ProtectionCaseServiceTest {

    @Autowired
    ProtectionCaseService cases;
    @Autowired
    ResidentService residents;
    @Autowired
    DSLContext db;
    @Autowired
    ApplicationContext context;
    @Autowired
    ApplicationEvents published;

    private CaseFixtures fixtures;
    @Autowired
    Clock clock;

    /** Today on the app's clock (Oslo), not the JVM's zone: they differ for hours each day elsewhere. */
    private LocalDate today;

    @BeforeEach
    void fixtures() {
        today = LocalDate.now(clock);
        fixtures = new CaseFixtures(db, context);
    }

    private CaseDetail detail(long personId) {
        return cases.caseOf(personId).orElseThrow();
    }

    private static StateChange to(CaseState state, LocalDate on) {
        return new StateChange(state, on, "UDI letter", null, null);
    }

    /** A case of a person at the staff's site, moved on to "in processing" (case officer). */
    private CaseDetail inProcessing(long personId, LocalDate registeredOn) {
        long id = cases.open(personId, registeredOn, "registered at Råde");
        cases.changeState(id, 0, to(CaseState.SENT_TO_UDI, registeredOn.plusDays(2)));
        cases.changeState(id, 1, new StateChange(CaseState.IN_PROCESSING, registeredOn.plusDays(5), "UDI started",
                null, ProcessingTrack.CASE_OFFICER));
        return detail(personId);
    }

    private static Grant grant(LocalDate on, LocalDate from, LocalDate permitTo, String identityNumber) {
        return new Grant(on, "UDI decision", from, permitTo, ResidenceCardStatus.ORDERED, identityNumber, null, true);
    }

    @Test
    void a_case_follows_the_process_and_keeps_every_change_dated_signed_and_explained() {
        long person = fixtures.personAt(CaseFixtures.RADE);
        CaseDetail processing = inProcessing(person, today.minusDays(40));
        cases.changeState(processing.id(), processing.version(), new StateChange(CaseState.CALLED_FOR_INTERVIEW,
                today.minusDays(10), "UDI wants to talk", today.plusDays(7), null));

        CaseDetail detail = detail(person);
        assertThat(detail.state()).isEqualTo(CaseState.CALLED_FOR_INTERVIEW);
        assertThat(detail.interviewOn()).isEqualTo(today.plusDays(7));
        assertThat(detail.processingTrack()).isEqualTo(ProcessingTrack.CASE_OFFICER);
        assertThat(detail.registeredOn()).isEqualTo(today.minusDays(40));
        assertThat(detail.stateSince()).isEqualTo(today.minusDays(10));
        assertThat(detail.workStatus()).isEqualTo(WorkStatus.NO_RIGHT_TO_WORK);
        assertThat(detail.allowedNext()).containsExactlyInAnyOrder(CaseState.GRANTED, CaseState.REJECTED,
                CaseState.WITHDRAWN);
        assertThat(detail.events()).extracting(e -> e.kind(), e -> e.toState(), e -> e.recordedBy(), e -> e.reason())
                .containsExactly(
                        tuple(CaseEventKind.OPENED, CaseState.REGISTERED_WITH_POLICE, "staff", "registered at Råde"),
                        tuple(CaseEventKind.STATE_CHANGED, CaseState.SENT_TO_UDI, "staff", "UDI letter"),
                        tuple(CaseEventKind.STATE_CHANGED, CaseState.IN_PROCESSING, "staff", "UDI started"),
                        tuple(CaseEventKind.STATE_CHANGED, CaseState.CALLED_FOR_INTERVIEW, "staff", "UDI wants to talk"));
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ENTITY_TYPE.eq("protection_case")
                .and(AUDIT_EVENT.ENTITY_ID.eq(String.valueOf(detail.id()))))).isEqualTo(4);
    }

    @Test
    void a_rejected_case_goes_on_as_individual_asylum_and_an_open_case_can_be_withdrawn() {
        long rejected = fixtures.personAt(CaseFixtures.RADE);
        CaseDetail c = inProcessing(rejected, today.minusDays(20));
        cases.changeState(c.id(), c.version(), to(CaseState.REJECTED, today.minusDays(3)));
        cases.changeState(c.id(), c.version() + 1, to(CaseState.INDIVIDUAL_ASYLUM, today));
        assertThat(detail(rejected).state()).isEqualTo(CaseState.INDIVIDUAL_ASYLUM);

        long withdrawn = fixtures.personAt(CaseFixtures.RADE);
        long id = cases.open(withdrawn, today.minusDays(2), "registered");
        cases.changeState(id, 0, to(CaseState.WITHDRAWN, today));
        assertThat(detail(withdrawn).state()).isEqualTo(CaseState.WITHDRAWN);
        assertThat(detail(withdrawn).allowedNext()).isEmpty();
    }

    @Test
    void a_transition_out_of_order_is_refused_by_field_and_nothing_changes() {
        long person = fixtures.personAt(CaseFixtures.RADE);
        long id = cases.open(person, today.minusDays(5), "registered");

        assertThatThrownBy(() -> cases.changeState(id, 0, to(CaseState.IN_PROCESSING, today)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::ruleKey)
                        .contains(tuple("toState", "validation.case.transitionNotAllowed")));
        assertThatThrownBy(() -> cases.changeState(id, 0, to(CaseState.GRANTED, today)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::ruleKey)
                        .containsExactly(tuple("toState", "validation.case.grantNeedsPermit")));
        CaseDetail detail = detail(person);
        assertThat(detail.state()).isEqualTo(CaseState.REGISTERED_WITH_POLICE);
        assertThat(detail.events()).hasSize(1);
        assertThat(detail.version()).isZero();
    }

    @Test
    void a_change_dated_in_the_future_or_before_the_previous_one_or_without_reason_is_refused() {
        long person = fixtures.personAt(CaseFixtures.RADE);
        long id = cases.open(person, today.minusDays(5), "registered");

        assertThatThrownBy(() -> cases.changeState(id, 0, to(CaseState.SENT_TO_UDI, today.plusDays(1))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::ruleKey)
                        .containsExactly(tuple("effectiveOn", "validation.case.dateInFuture")));
        assertThatThrownBy(() -> cases.changeState(id, 0, new StateChange(CaseState.SENT_TO_UDI, today.minusDays(6),
                " ", null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::ruleKey)
                        .containsExactly(tuple("effectiveOn", "validation.case.beforePreviousEvent"),
                                tuple("reason", "validation.required")));
        assertThat(detail(person).events()).hasSize(1);
    }

    @Test
    void the_database_refuses_an_illegal_transition_even_past_the_service() {
        long person = fixtures.personAt(CaseFixtures.RADE);
        long id = cases.open(person, today.minusDays(5), "registered");

        assertThatThrownBy(() -> db.update(PROTECTION_CASE).set(PROTECTION_CASE.STATE, "IN_PROCESSING")
                .where(PROTECTION_CASE.ID.eq(id)).execute())
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("protection_case_follows_process");
        // an event that skips steps breaks the transitions' foreign key
        assertThatThrownBy(() -> db.insertInto(CASE_EVENT).set(CASE_EVENT.CASE_ID, id)
                .set(CASE_EVENT.KIND, "STATE_CHANGED").set(CASE_EVENT.FROM_STATE, "REGISTERED_WITH_POLICE")
                .set(CASE_EVENT.TO_STATE, "IN_PROCESSING").set(CASE_EVENT.PROCESSING_TRACK, "AUTOMATIC")
                .set(CASE_EVENT.EFFECTIVE_ON, today).set(CASE_EVENT.RECORDED_BY, "sql")
                .set(CASE_EVENT.REASON, "skipping").execute())
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("case_event_allowed_transition");
        // an allowed step that does not start where the case stands
        assertThatThrownBy(() -> db.insertInto(CASE_EVENT).set(CASE_EVENT.CASE_ID, id)
                .set(CASE_EVENT.KIND, "STATE_CHANGED").set(CASE_EVENT.FROM_STATE, "SENT_TO_UDI")
                .set(CASE_EVENT.TO_STATE, "IN_PROCESSING").set(CASE_EVENT.PROCESSING_TRACK, "AUTOMATIC")
                .set(CASE_EVENT.EFFECTIVE_ON, today).set(CASE_EVENT.RECORDED_BY, "sql")
                .set(CASE_EVENT.REASON, "not from here").execute())
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("case_event_follows_previous");
        // a grant without a permit
        assertThatThrownBy(() -> db.update(PROTECTION_CASE).set(PROTECTION_CASE.STATE, "GRANTED")
                .where(PROTECTION_CASE.ID.eq(id)).execute()).isInstanceOf(DataAccessException.class);
        // history is append-only
        assertThatThrownBy(() -> db.deleteFrom(CASE_EVENT).where(CASE_EVENT.CASE_ID.eq(id)).execute())
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
        assertThat(detail(person).state()).isEqualTo(CaseState.REGISTERED_WITH_POLICE);
    }

    @Test
    void a_grant_records_the_permit_the_card_and_the_fodselsnummer_keeps_the_d_number_and_is_published() {
        long person = fixtures.personAt(CaseFixtures.RADE);
        String dNumber = fixtures.identityNumber(person);
        CaseDetail c = inProcessing(person, today.minusDays(30));
        String fodselsnummer = fixtures.freeFodselsnummer();

        cases.grant(c.id(), c.version(), new Grant(today.minusDays(1), "UDI decision", today.minusDays(1), null,
                ResidenceCardStatus.NEEDS_PHOTO_AND_FINGERPRINTS, fodselsnummer, today, false));

        CaseDetail granted = detail(person);
        assertThat(granted.state()).isEqualTo(CaseState.GRANTED);
        assertThat(granted.permitFrom()).isEqualTo(today.minusDays(1));
        assertThat(granted.permitTo()).isEqualTo(today.minusDays(1).plusYears(1).minusDays(1));
        assertThat(granted.residenceCard()).isEqualTo(ResidenceCardStatus.NEEDS_PHOTO_AND_FINGERPRINTS);
        assertThat(granted.decisionLetterSentOn()).isEqualTo(today);
        assertThat(granted.addressReceivesPost()).isFalse();
        assertThat(granted.workStatus()).isEqualTo(WorkStatus.WORK_ALLOWED);
        assertThat(granted.permits()).hasSize(1);
        assertThat(fixtures.identityNumber(person)).isEqualTo(fodselsnummer);
        assertThat(residents.formerIdentityNumbers(person)).containsExactly(dNumber);
        assertThat(published.stream(ProtectionGranted.class))
                .containsExactly(new ProtectionGranted(person, c.id(), today.minusDays(1), granted.permitTo()));
    }

    @Test
    void a_grant_without_a_permit_period_is_refused_and_nothing_is_saved() {
        long person = fixtures.personAt(CaseFixtures.RADE);
        CaseDetail c = inProcessing(person, today.minusDays(30));

        assertThatThrownBy(() -> cases.grant(c.id(), c.version(), new Grant(today, "UDI decision", null, null, null,
                null, null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::ruleKey)
                        .containsExactly(tuple("permitFrom", "validation.required"),
                                tuple("permitTo", "validation.required"),
                                tuple("residenceCard", "validation.required")));
        assertNothingGranted(person, c);
    }

    @Test
    void a_permit_ending_before_it_starts_is_refused() {
        long person = fixtures.personAt(CaseFixtures.RADE);
        CaseDetail c = inProcessing(person, today.minusDays(30));

        assertThatThrownBy(() -> cases.grant(c.id(), c.version(), grant(today, today, today.minusDays(1), null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::ruleKey)
                        .containsExactly(tuple("permitTo", "validation.permit.endsBeforeStart")));
        assertNothingGranted(person, c);
    }

    @Test
    void an_identity_number_failing_validation_leaves_the_grant_and_the_number_unsaved() {
        long person = fixtures.personAt(CaseFixtures.RADE);
        String dNumber = fixtures.identityNumber(person);
        CaseDetail c = inProcessing(person, today.minusDays(30));

        assertThatThrownBy(() -> cases.grant(c.id(), c.version(), grant(today, today, today.plusYears(1), "31129956716")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::ruleKey)
                        .containsExactly(tuple("identityNumber", "validation.identityNumber.checkDigit2")));
        // a D-number is valid, but not what a grant brings
        assertThatThrownBy(() -> cases.grant(c.id(), c.version(), grant(today, today, today.plusYears(1).minusDays(1),
                dNumber)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::ruleKey)
                        .containsExactly(tuple("identityNumber", "validation.identityNumber.notFodselsnummer")));
        assertNothingGranted(person, c);
        assertThat(fixtures.identityNumber(person)).isEqualTo(dNumber);
        assertThat(residents.formerIdentityNumbers(person)).isEmpty();
    }

    @Test
    void a_number_taken_by_someone_else_rolls_the_whole_grant_back() {
        long other = fixtures.personAt(CaseFixtures.RADE);
        String taken = fixtures.freeFodselsnummer();
        db.update(no.ankomst.db.Tables.PERSON).set(no.ankomst.db.Tables.PERSON.IDENTITY_NUMBER, taken)
                .where(no.ankomst.db.Tables.PERSON.ID.eq(other)).execute();
        long person = fixtures.personAt(CaseFixtures.RADE);
        CaseDetail c = inProcessing(person, today.minusDays(30));

        assertThatThrownBy(() -> cases.grant(c.id(), c.version(), grant(today, today, today.plusYears(1).minusDays(1),
                taken)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::ruleKey)
                        .containsExactly(tuple("identityNumber", "validation.identityNumber.taken")));
        assertNothingGranted(person, c);
        assertThat(published.stream(ProtectionGranted.class)).isEmpty();
    }

    private void assertNothingGranted(long person, CaseDetail before) {
        CaseDetail after = detail(person);
        assertThat(after.state()).isEqualTo(CaseState.IN_PROCESSING);
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.events()).hasSameSizeAs(before.events());
        assertThat(db.fetchCount(PERMIT, PERMIT.CASE_ID.eq(before.id()))).isZero();
    }

    @Test
    void a_stale_version_is_a_conflict() {
        long person = fixtures.personAt(CaseFixtures.RADE);
        long id = cases.open(person, today.minusDays(5), "registered");
        cases.changeState(id, 0, to(CaseState.SENT_TO_UDI, today));

        assertThatThrownBy(() -> cases.changeState(id, 0, to(CaseState.WITHDRAWN, today)))
                .isInstanceOf(ConflictException.class);
        assertThat(detail(person).state()).isEqualTo(CaseState.SENT_TO_UDI);
    }

    @Test
    void a_person_has_one_case_only() {
        long person = fixtures.personAt(CaseFixtures.RADE);
        cases.open(person, today, "registered");

        assertThatThrownBy(() -> cases.open(person, today, "again"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("person"));
    }

    @Test
    void card_letter_and_number_are_recorded_after_the_grant() {
        long person = fixtures.personAt(CaseFixtures.RADE);
        CaseDetail c = inProcessing(person, today.minusDays(30));
        cases.grant(c.id(), c.version(), grant(today.minusDays(3), today.minusDays(3), null, null));
        CaseDetail granted = detail(person);
        String fodselsnummer = fixtures.freeFodselsnummer();

        cases.updateGrantDetails(granted.id(), granted.version(), new GrantDetails(today, "card came",
                ResidenceCardStatus.ISSUED, fodselsnummer, today.minusDays(1), true));

        CaseDetail after = detail(person);
        assertThat(after.residenceCard()).isEqualTo(ResidenceCardStatus.ISSUED);
        assertThat(after.decisionLetterSentOn()).isEqualTo(today.minusDays(1));
        assertThat(after.events().getLast().kind()).isEqualTo(CaseEventKind.GRANT_DETAILS_CHANGED);
        assertThat(fixtures.identityNumber(person)).isEqualTo(fodselsnummer);
    }
}
