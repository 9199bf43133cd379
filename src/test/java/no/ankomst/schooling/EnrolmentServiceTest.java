package no.ankomst.schooling;

import static no.ankomst.db.Tables.AUDIT_EVENT;
import static no.ankomst.db.Tables.SCHOOL_ENROLMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import no.ankomst.AnkomstTest;
import no.ankomst.base.ValidationException;
import no.ankomst.schooling.SchoolingRecords.ChildFilter;
import no.ankomst.schooling.SchoolingRecords.ChildRow;
import no.ankomst.schooling.SchoolingRecords.EnrolmentDraft;
import no.ankomst.schooling.SchoolingRecords.KindergartenDraft;
import no.ankomst.schooling.SchoolingRecords.Saved;
import no.ankomst.schooling.SchoolingRecords.Warning;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** Enrolments: what is refused, what is accepted with a warning, the status they lead to, and who may do it. */
@AnkomstTest
@WithUserDetails("staff")
class EnrolmentServiceTest {

    @Autowired
    EnrolmentService enrolments;
    @Autowired
    KindergartenService kindergarten;
    @Autowired
    ChildrenService children;
    @Autowired
    SchoolingRules rules;
    @Autowired
    DSLContext db;
    @Autowired
    Clock clock;

    private SchoolingFixtures fixtures;
    private LocalDate today;
    private long raadeSchool;

    @BeforeEach
    void fixtures() {
        fixtures = new SchoolingFixtures(db);
        today = LocalDate.now(clock);
        raadeSchool = fixtures.school("3112");
    }

    private LocalDate schoolAgeBirth() {
        return today.minusYears(10);
    }

    private static EnrolmentDraft applied(long school, LocalDate on) {
        return new EnrolmentDraft(school, 4, on, null, null, null, null);
    }

    private static EnrolmentDraft started(long school, LocalDate applied, LocalDate started) {
        return new EnrolmentDraft(school, 4, applied, applied, started, null, null);
    }

    private static List<String> fields(ValidationException e) {
        return e.violations().stream().map(v -> v.field() + ":" + v.ruleKey()).toList();
    }

    @Test
    void a_child_arrived_forty_days_ago_without_school_is_late_and_starting_school_makes_it_started() {
        long child = fixtures.child(SchoolingFixtures.RADE, schoolAgeBirth(), today.minusDays(40));
        assertThat(enrolments.status(child)).isEqualTo(SchoolingStatus.LATE);

        Saved saved = enrolments.record(child, started(raadeSchool, today.minusDays(30), today.minusDays(20)));

        assertThat(saved.warnings()).isEmpty();
        assertThat(enrolments.status(child)).isEqualTo(SchoolingStatus.STARTED);
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("ENROLMENT_RECORDED")
                .and(AUDIT_EVENT.ENTITY_ID.eq(String.valueOf(saved.id()))))).isEqualTo(1);
    }

    @Test
    void a_school_start_before_arrival_is_refused() {
        long child = fixtures.child(SchoolingFixtures.RADE, schoolAgeBirth(), today.minusDays(10));
        assertThatThrownBy(() -> enrolments.record(child, started(raadeSchool, today.minusDays(20), today.minusDays(15))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fields(e))
                        .contains("startedOn:validation.enrolment.startBeforeArrival"));
        assertThat(db.fetchCount(SCHOOL_ENROLMENT, SCHOOL_ENROLMENT.PERSON_ID.eq(child))).isZero();
    }

    @Test
    void an_enrolment_overlapping_another_is_refused_and_one_after_the_end_is_accepted() {
        long child = fixtures.child(SchoolingFixtures.RADE, schoolAgeBirth(), today.minusDays(60));
        long first = enrolments.record(child, applied(raadeSchool, today.minusDays(50))).id();
        assertThatThrownBy(() -> enrolments.record(child, applied(fixtures.school("3112"), today.minusDays(40))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fields(e))
                        .containsExactly("appliedOn:validation.enrolment.overlaps"));

        enrolments.change(first, 0, new EnrolmentDraft(raadeSchool, 4, today.minusDays(50), null, null,
                today.minusDays(30), EndReason.LEFT));
        assertThat(enrolments.record(child, applied(raadeSchool, today.minusDays(30))).id()).isPositive();
    }

    @Test
    void an_unknown_or_inactive_school_is_refused() {
        long child = fixtures.child(SchoolingFixtures.RADE, schoolAgeBirth(), today.minusDays(60));
        assertThatThrownBy(() -> enrolments.record(child, applied(-1, today.minusDays(5))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fields(e))
                        .containsExactly("school:validation.enrolment.unknownSchool"));
    }

    @Test
    void a_child_below_school_age_may_be_enrolled_with_a_warning_naming_when_school_age_starts() {
        LocalDate born = today.minusYears(4);
        long child = fixtures.child(SchoolingFixtures.RADE, born, today.minusDays(60));

        Saved saved = enrolments.record(child, applied(raadeSchool, today.minusDays(5)));

        assertThat(saved.warnings()).extracting(Warning::key).containsExactly("schooling.warning.tooYoung");
        assertThat(saved.warnings().getFirst().args()).containsExactly(rules.schoolAgeFrom(born));
        assertThat(enrolments.status(child)).isEqualTo(SchoolingStatus.NOT_SCHOOL_AGE);
    }

    @Test
    void a_school_in_another_municipality_is_accepted_with_a_warning() {
        long child = fixtures.child(SchoolingFixtures.RADE, schoolAgeBirth(), today.minusDays(60));
        Saved saved = enrolments.record(child, applied(fixtures.school("1106"), today.minusDays(5)));
        assertThat(saved.warnings()).extracting(Warning::key).containsExactly("schooling.warning.otherMunicipality");
    }

    @Test
    void kindergarten_and_activity_are_recorded_and_the_gap_closes() {
        long child = fixtures.child(SchoolingFixtures.RADE, today.minusYears(3), today.minusDays(60));
        ChildFilter gaps = new ChildFilter(fixtures.site(SchoolingFixtures.RADE), null, true, null, null);
        assertThat(children.page(gaps, 0, 500)).extracting(ChildRow::personId).contains(child);

        kindergarten.recordActivity(child, today.minusDays(1), BigDecimal.valueOf(3));

        assertThat(children.page(gaps, 0, 500)).extracting(ChildRow::personId).doesNotContain(child);
        Saved place = kindergarten.recordPlace(child, new KindergartenDraft(today.minusDays(20), null, null, null, true));
        assertThat(place.warnings()).isEmpty();
        assertThatThrownBy(() -> kindergarten.recordPlace(child,
                new KindergartenDraft(today.minusDays(10), null, null, null, true)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fields(e))
                        .containsExactly("appliedOn:validation.kindergarten.openExists"));
        assertThatThrownBy(() -> kindergarten.recordActivity(child, today.plusDays(1), BigDecimal.ONE))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void the_list_computes_the_same_status_as_the_child_page() {
        long late = fixtures.child(SchoolingFixtures.RADE, schoolAgeBirth(), today.minusDays(40));
        long soon = fixtures.child(SchoolingFixtures.RADE, schoolAgeBirth(), today.minusMonths(1).plusDays(3));
        long fresh = fixtures.child(SchoolingFixtures.RADE, schoolAgeBirth(), today.minusDays(2));
        long enrolled = fixtures.child(SchoolingFixtures.RADE, schoolAgeBirth(), today.minusDays(2));
        enrolments.record(enrolled, new EnrolmentDraft(raadeSchool, 4, today.minusDays(1), today, null, null, null));
        long small = fixtures.child(SchoolingFixtures.RADE, today.minusYears(2), today.minusDays(2));

        List<ChildRow> rows = children.page(new ChildFilter(fixtures.site(SchoolingFixtures.RADE), null, false, null,
                null), 0, 500);

        assertThat(rows).hasSizeGreaterThanOrEqualTo(5);
        for (ChildRow row : rows) {
            assertThat(row.status()).as("child " + row.personId()).isEqualTo(enrolments.status(row.personId()));
        }
        assertThat(rows).filteredOn(r -> List.of(late, soon, fresh, enrolled, small).contains(r.personId()))
                .extracting(ChildRow::status).containsExactlyInAnyOrder(SchoolingStatus.LATE,
                        SchoolingStatus.SOON_LATE, SchoolingStatus.NEEDS_SCHOOL, SchoolingStatus.ENROLLED,
                        SchoolingStatus.NOT_SCHOOL_AGE);
    }

    @Test
    void staff_neither_read_nor_record_a_child_at_a_site_they_do_not_cover() {
        long elsewhere = fixtures.child(SchoolingFixtures.HAUGESUND, schoolAgeBirth(), today.minusDays(40));
        assertThatThrownBy(() -> enrolments.panel(elsewhere)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> enrolments.record(elsewhere, applied(raadeSchool, today)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(children.page(ChildFilter.ALL, 0, 500)).extracting(ChildRow::personId).doesNotContain(elsewhere);
    }

    @Test
    @WithUserDetails("health")
    void health_staff_have_no_schooling() {
        assertThat(enrolments.available()).isFalse();
        assertThatThrownBy(() -> enrolments.status(1L)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> children.count(ChildFilter.ALL)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("coordinator")
    void coordinators_have_no_schooling() {
        assertThat(enrolments.available()).isFalse();
        assertThatThrownBy(() -> children.count(ChildFilter.ALL)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("manager")
    void managers_read_but_do_not_record() {
        long child = fixtures.child(SchoolingFixtures.HAUGESUND, schoolAgeBirth(), today.minusDays(40));
        assertThat(enrolments.panel(child).mayRecord()).isFalse();
        assertThatThrownBy(() -> enrolments.record(child, applied(raadeSchool, today)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
