package no.ankomst.introduction;

import static no.ankomst.db.Tables.INTRODUCTION_RIGHT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import no.ankomst.AnkomstTest;
import no.ankomst.base.ConflictException;
import no.ankomst.base.ValidationException;
import no.ankomst.introduction.IntroductionRecords.Content;
import no.ankomst.introduction.IntroductionRecords.LanguageTraining;
import no.ankomst.introduction.IntroductionRecords.Orientation;
import no.ankomst.introduction.IntroductionRecords.ParticipantFilter;
import no.ankomst.introduction.IntroductionRecords.RightRow;
import no.ankomst.introduction.IntroductionRecords.Step;
import no.ankomst.settlement.HouseholdSettled;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Participation steps, content and scope: the coordinator of the right's municipality changes it, a coordinator of
 * another municipality neither reads nor changes it, managers read all, others are refused; bad input names the
 * field and the rule and saves nothing.
 */
@AnkomstTest
class IntroductionServiceTest {

    @Autowired
    IntroductionService service;
    @Autowired
    ParticipantsService participants;
    @Autowired
    IntroductionRightsWork rights;
    @Autowired
    Clock clock;
    @Autowired
    DSLContext db;

    private IntroductionFixtures fixtures;
    private LocalDate today;

    @BeforeEach
    void fixtures() {
        fixtures = new IntroductionFixtures(db);
        today = LocalDate.now(clock);
    }

    /** An adult with a right that arose {@code daysAgo} in the municipality; with a child when {@code parent}. */
    private long settledAdult(String municipality, int daysAgo, boolean parent) {
        long household = fixtures.household();
        long adult = fixtures.person(household, "HEAD", today.minusYears(30));
        if (parent) {
            fixtures.person(household, "CHILD", today.minusYears(4));
        }
        rights.settled(new HouseholdSettled(household, municipality, today.minusDays(daysAgo), List.of(adult)));
        return adult;
    }

    private RightRow right(long personId) {
        return service.panel(personId).right();
    }

    private static void assertRefused(Runnable call, String field, String rule) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.violations()).anySatisfy(v -> {
                    assertThat(v.field()).isEqualTo(field);
                    assertThat(v.ruleKey()).isEqualTo(rule);
                }));
    }

    @Test
    @WithUserDetails("coordinator")
    void the_coordinator_offers_starts_pauses_resumes_and_completes_the_programme() {
        long person = settledAdult(IntroductionFixtures.OSLO, 40, false);
        RightRow r = right(person);
        assertThat(r.status()).isEqualTo(IntroductionStatus.NOT_OFFERED);
        assertThat(r.basis()).isEqualTo(IntroductionRules.CURRENT_LAW.basisOn(today.minusDays(40)));

        service.step(r.id(), r.version(), Step.OFFER, today.minusDays(30), null);
        assertThat(right(person).status()).isEqualTo(IntroductionStatus.OFFERED);
        service.step(r.id(), r.version() + 1, Step.START, today.minusDays(20), null);
        service.step(r.id(), r.version() + 2, Step.PAUSE, today.minusDays(10), null);
        assertThat(right(person).state()).isEqualTo(ParticipationState.PAUSED);
        service.step(r.id(), r.version() + 3, Step.START, today.minusDays(5), null);
        service.step(r.id(), r.version() + 4, Step.COMPLETE, today, null);

        RightRow done = right(person);
        assertThat(done.state()).isEqualTo(ParticipationState.COMPLETED);
        assertThat(done.startedOn()).isEqualTo(today.minusDays(20));
        assertThat(done.resumedOn()).isEqualTo(today.minusDays(5));
        assertThat(done.completedOn()).isEqualTo(today);
        assertThat(done.status()).isEqualTo(IntroductionStatus.COMPLETED);
    }

    @Test
    @WithUserDetails("coordinator")
    void a_start_before_the_right_arose_is_refused_naming_the_day() {
        long person = settledAdult(IntroductionFixtures.OSLO, 10, false);
        RightRow r = right(person);

        assertRefused(() -> service.step(r.id(), r.version(), Step.START, today.minusDays(11), null), "day",
                "validation.introduction.beforeRightArose");
        assertThat(right(person).state()).isEqualTo(ParticipationState.NOT_OFFERED);
    }

    @Test
    @WithUserDetails("coordinator")
    void a_decline_needs_a_reason_and_records_the_day_and_who() {
        long person = settledAdult(IntroductionFixtures.OSLO, 10, false);
        RightRow r = right(person);

        assertRefused(() -> service.step(r.id(), r.version(), Step.DECLINE, today, "  "), "reason",
                "validation.required");
        assertThat(right(person).state()).isEqualTo(ParticipationState.NOT_OFFERED);

        service.step(r.id(), r.version(), Step.DECLINE, today, "Has a job offer");
        RightRow declined = right(person);
        assertThat(declined.state()).isEqualTo(ParticipationState.DECLINED);
        assertThat(declined.declinedOn()).isEqualTo(today);
        assertThat(declined.declinedBy()).isEqualTo("coordinator");
        assertThat(declined.declineReason()).isEqualTo("Has a job offer");
        assertRefused(() -> service.step(r.id(), declined.version(), Step.START, today, null), "step",
                "validation.introduction.stepNotAllowed");
    }

    @Test
    @WithUserDetails("coordinator")
    void parenting_guidance_is_for_parents_only() {
        long single = settledAdult(IntroductionFixtures.OSLO, 10, false);
        long parent = settledAdult(IntroductionFixtures.OSLO, 10, true);
        RightRow s = right(single);
        RightRow p = right(parent);
        Content withGuidance = new Content(Orientation.WORK, LanguageTraining.NORWEGIAN, true);

        assertRefused(() -> service.setContent(s.id(), s.version(), withGuidance), "parentingGuidance",
                "validation.introduction.parentingGuidanceForParents");
        assertThat(right(single).content()).isEqualTo(Content.NONE);

        service.setContent(p.id(), p.version(), withGuidance);
        assertThat(right(parent).content()).isEqualTo(withGuidance);
        assertThat(service.panel(parent).parent()).isTrue();
    }

    @Test
    @WithUserDetails("coordinator")
    void a_stale_version_is_a_conflict_and_changes_nothing() {
        long person = settledAdult(IntroductionFixtures.OSLO, 10, false);
        RightRow r = right(person);
        service.step(r.id(), r.version(), Step.OFFER, today, null);

        assertThatThrownBy(() -> service.step(r.id(), r.version(), Step.DECLINE, today, "changed my mind"))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> service.setContent(r.id(), r.version(), Content.NONE))
                .isInstanceOf(ConflictException.class);
        assertThat(right(person).state()).isEqualTo(ParticipationState.OFFERED);
    }

    @Test
    @WithUserDetails("coordinator")
    void a_coordinator_neither_reads_nor_changes_a_right_in_another_municipality() {
        long elsewhere = settledAdult(IntroductionFixtures.RADE, 10, false);
        long rightId = db.select(INTRODUCTION_RIGHT.ID).from(INTRODUCTION_RIGHT)
                .where(INTRODUCTION_RIGHT.PERSON_ID.eq(elsewhere))
                .fetchSingle(INTRODUCTION_RIGHT.ID);

        assertThat(service.shownFor(elsewhere)).isFalse();
        assertThatThrownBy(() -> service.panel(elsewhere)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.step(rightId, 0, Step.OFFER, today, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(participants.page(ParticipantFilter.ALL, 0, 500)).extracting(row -> row.municipalityCode())
                .containsOnly(IntroductionFixtures.OSLO);
    }

    @Test
    @WithUserDetails("manager")
    void a_manager_reads_every_municipality_and_changes_nothing() {
        long oslo = settledAdult(IntroductionFixtures.OSLO, 10, false);
        long rade = settledAdult(IntroductionFixtures.RADE, 10, false);

        assertThat(service.shownFor(rade)).isTrue();
        assertThat(service.panel(oslo).mayChange()).isFalse();
        RightRow r = right(rade);
        assertThatThrownBy(() -> service.step(r.id(), r.version(), Step.OFFER, today, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(participants.count(ParticipantFilter.ALL)).isGreaterThanOrEqualTo(2);
    }

    @Test
    @WithUserDetails("staff")
    void centre_staff_are_refused() {
        long person = settledAdult(IntroductionFixtures.RADE, 10, false);

        assertThat(service.shownFor(person)).isFalse();
        assertThatThrownBy(() -> service.panel(person)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> participants.count(ParticipantFilter.ALL)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("admin")
    void administrators_are_refused() {
        assertThatThrownBy(() -> participants.count(ParticipantFilter.ALL)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("coordinator")
    void the_list_filters_late_and_near_late_with_the_status_the_rules_compute() {
        long late = settledAdult(IntroductionFixtures.OSLO, 100, false);
        long near = settledAdult(IntroductionFixtures.OSLO, 80, false);
        long fresh = settledAdult(IntroductionFixtures.OSLO, 1, false);

        List<Long> lateRows = participants.page(new ParticipantFilter(null, IntroductionStatus.LATE), 0, 500).stream()
                .map(row -> row.personId()).toList();
        List<Long> nearRows = participants.page(new ParticipantFilter(null, IntroductionStatus.NEAR_LATE), 0, 500)
                .stream().map(row -> row.personId()).toList();

        assertThat(lateRows).contains(late).doesNotContain(near, fresh);
        assertThat(nearRows).contains(near).doesNotContain(late, fresh);
        assertThat(participants.page(ParticipantFilter.ALL, 0, 500)).allSatisfy(row -> assertThat(row.status())
                .isEqualTo(IntroductionRules.CURRENT_LAW.status(row.state(), row.startBy(), today)));
        assertThat(participants.count(new ParticipantFilter(ParticipationState.NOT_OFFERED, IntroductionStatus.LATE)))
                .isEqualTo(lateRows.size());
    }
}
