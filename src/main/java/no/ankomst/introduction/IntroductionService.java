package no.ankomst.introduction;

import java.time.Clock;
import java.time.LocalDate;
import no.ankomst.audit.AuditAction;
import no.ankomst.audit.AuditService;
import no.ankomst.base.ConflictException;
import no.ankomst.base.ValidationException;
import no.ankomst.base.Violations;
import no.ankomst.introduction.IntroductionRecords.Content;
import no.ankomst.introduction.IntroductionRecords.Panel;
import no.ankomst.introduction.IntroductionRecords.RightRow;
import no.ankomst.introduction.IntroductionRecords.Step;
import no.ankomst.introduction.IntroductionRepository.PersonFacts;
import no.ankomst.security.Capability;
import no.ankomst.security.CurrentUser;
import no.ankomst.security.Permissions;
import no.ankomst.security.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One person's right to the introduction programme and the steps of participation. Managers read every right,
 * a coordinator those of their municipality (by the right's own municipality, whatever else lets them read the
 * person) and changes them; everyone else is refused. Each step names its day: not in the future, not before the
 * right arose or the step before it; a decline also needs its reason and records who declined. Parenting guidance
 * is for parents only. A stale version is a conflict; every change is audited.
 */
@Service
public class IntroductionService {

    static final String ENTITY = "introduction_right";
    static final int MAX_REASON = 2000;

    private final IntroductionRepository repository;
    private final Permissions permissions;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    IntroductionService(IntroductionRepository repository, Permissions permissions, CurrentUser currentUser,
                        AuditService audit, Clock clock) {
        this.repository = repository;
        this.permissions = permissions;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the signed-in user has a right to show for this person (a cheap check for the resident page). */
    @Transactional(readOnly = true)
    public boolean shownFor(long personId) {
        return permissions.may(Capability.READ_INTRODUCTION)
                && repository.exists(permissions.require(Capability.READ_INTRODUCTION), personId);
    }

    /** Everything the tab shows; refused when the person has no right the user reaches. */
    @Transactional(readOnly = true)
    public Panel panel(long personId) {
        Scope scope = permissions.require(Capability.READ_INTRODUCTION);
        RightRow right = repository.right(scope, personId, today())
                .orElseThrow(() -> new AccessDeniedException("no right of person " + personId + " in scope"));
        PersonFacts person = repository.person(personId)
                .orElseThrow(() -> new AccessDeniedException("no person " + personId));
        return new Panel(personId, person.name(), person.birthDate(), right, repository.isParent(personId),
                permissions.may(Capability.CHANGE_INTRODUCTION));
    }

    /** One step of participation on {@code day} for the right as last read ({@code version}). */
    @Transactional
    public void step(long rightId, int version, Step step, @Nullable LocalDate day, @Nullable String reason) {
        RightRow right = changeable(rightId, version);
        Violations violations = new Violations();
        violations.check(allowed(step, right.state()), "step", "validation.introduction.stepNotAllowed");
        violations.check(day != null, "day", "validation.required");
        if (day != null) {
            violations.check(!day.isAfter(today()), "day", "validation.introduction.dayInFuture");
            violations.check(!day.isBefore(right.aroseOn()), "day", "validation.introduction.beforeRightArose",
                    right.aroseOn());
            LocalDate previous = previousStep(right);
            violations.check(previous == null || !day.isBefore(previous), "day",
                    "validation.introduction.beforePreviousStep", previous == null ? "" : previous);
        }
        String trimmed = reason == null ? null : reason.strip();
        if (step == Step.DECLINE) {
            violations.required("reason", trimmed).maxLength("reason", trimmed, MAX_REASON);
        }
        violations.throwIfAny();

        ParticipationState to = switch (step) {
            case OFFER -> ParticipationState.OFFERED;
            case START -> ParticipationState.STARTED;
            case PAUSE -> ParticipationState.PAUSED;
            case COMPLETE -> ParticipationState.COMPLETED;
            case DECLINE -> ParticipationState.DECLINED;
        };
        boolean resuming = step == Step.START && right.state() == ParticipationState.PAUSED;
        if (!repository.step(rightId, version, step, to, resuming, day, currentUser.actorName(), trimmed)) {
            throw new ConflictException(ENTITY, rightId);
        }
        audit.record(AuditAction.INTRODUCTION_STEP, ENTITY, rightId, "person " + right.personId() + ": " + step
                + " on " + day + ", " + right.state() + " → " + to + (step == Step.DECLINE ? " (reason given)" : ""));
    }

    /** Sets the programme's content for the right as last read. */
    @Transactional
    public void setContent(long rightId, int version, Content content) {
        RightRow right = changeable(rightId, version);
        Violations violations = new Violations();
        violations.check(right.state() != ParticipationState.DECLINED, "step",
                "validation.introduction.stepNotAllowed");
        violations.check(!content.parentingGuidance() || repository.isParent(right.personId()), "parentingGuidance",
                "validation.introduction.parentingGuidanceForParents");
        violations.throwIfAny();
        if (!repository.content(rightId, version, content)) {
            throw new ConflictException(ENTITY, rightId);
        }
        audit.record(AuditAction.INTRODUCTION_CONTENT_CHANGED, ENTITY, rightId, "person " + right.personId()
                + ": content " + right.content() + " → " + content);
    }

    /** Which steps a state allows: a right may be declined only before the programme starts. */
    public static boolean allowed(Step step, ParticipationState state) {
        return switch (step) {
            case OFFER -> state == ParticipationState.NOT_OFFERED;
            case START -> state == ParticipationState.NOT_OFFERED || state == ParticipationState.OFFERED
                    || state == ParticipationState.PAUSED;
            case PAUSE -> state == ParticipationState.STARTED;
            case COMPLETE -> state == ParticipationState.STARTED || state == ParticipationState.PAUSED;
            case DECLINE -> state == ParticipationState.NOT_OFFERED || state == ParticipationState.OFFERED;
        };
    }

    private RightRow changeable(long rightId, int version) {
        Scope scope = permissions.require(Capability.CHANGE_INTRODUCTION);
        RightRow right = repository.rightById(scope, rightId, today())
                .orElseThrow(() -> new AccessDeniedException("right " + rightId + " is not in scope"));
        // a stale form is a conflict before anything else: the state it shows may no longer be the state
        if (right.version() != version) {
            throw new ConflictException(ENTITY, rightId);
        }
        return right;
    }

    /** The latest day already recorded: a step may not come before it. */
    private static @Nullable LocalDate previousStep(RightRow r) {
        LocalDate latest = null;
        for (LocalDate d : new LocalDate[] {r.offeredOn(), r.startedOn(), r.pausedOn(), r.resumedOn()}) {
            if (d != null && (latest == null || d.isAfter(latest))) {
                latest = d;
            }
        }
        return latest;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
