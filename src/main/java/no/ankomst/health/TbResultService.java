package no.ankomst.health;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import no.ankomst.audit.AuditAction;
import no.ankomst.audit.AuditService;
import no.ankomst.base.ConflictException;
import no.ankomst.base.ValidationException;
import no.ankomst.base.Violations;
import no.ankomst.health.TbRecords.FollowUp;
import no.ankomst.health.TbRecords.NewResult;
import no.ankomst.health.TbRecords.ReferralReason;
import no.ankomst.health.TbRecords.TbHealthDetail;
import no.ankomst.health.TbRecords.TbReferralEntry;
import no.ankomst.health.TbRecords.TbResultEntry;
import no.ankomst.health.TbRecords.TbResultPage;
import no.ankomst.health.TbRecords.TbSummary;
import no.ankomst.health.TbResultRepository.OpenAppointment;
import no.ankomst.health.TbResultRepository.PersonFacts;
import no.ankomst.security.Capability;
import no.ankomst.security.CurrentUser;
import no.ankomst.security.Permissions;
import no.ankomst.security.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * TB results and referrals: health data. Health staff record results and follow up referrals for the people their
 * sites follow (the site of the person's latest stay, {@link TbStatusConditions#healthSite}); only they read them,
 * and every read is audited ({@code TB_RESULT_READ}, who, when, whose), every refused read too
 * ({@code TB_RESULT_REFUSED}). Everyone else reads the status only, through {@link TbStatusService}. Audit summaries
 * never name an outcome: the audit trail is read by administrators, who do not read health data.
 */
@Service
public class TbResultService {

    static final String RESULT = "tb_result";
    static final String REFERRAL = "tb_referral";
    static final String PERSON = "person";
    private static final int MAX_NOTE = 2000;

    private final TbResultRepository repository;
    private final TbStatusRepository statuses;
    private final Permissions permissions;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final TbRules rules;
    private final Clock clock;

    TbResultService(TbResultRepository repository, TbStatusRepository statuses, Permissions permissions,
                    CurrentUser currentUser, AuditService audit, TbRules rules, Clock clock) {
        this.repository = repository;
        this.statuses = statuses;
        this.permissions = permissions;
        this.currentUser = currentUser;
        this.audit = audit;
        this.rules = rules;
        this.clock = clock;
    }

    /** Whether the signed-in user reads health data at all (views show the health parts by this). */
    public boolean readsHealth() {
        return permissions.may(Capability.READ_HEALTH);
    }

    /**
     * Whether the signed-in user reads this person's health data (health staff of the person's site): for views
     * to decide what to offer, without the audited read.
     */
    @Transactional(readOnly = true)
    public boolean readsHealthOf(long personId) {
        if (!permissions.may(Capability.READ_HEALTH)) {
            return false;
        }
        Scope scope = permissions.require(Capability.READ_HEALTH);
        return repository.person(personId, today()).filter(p -> !p.merged()).filter(p -> followedBy(scope, p))
                .isPresent();
    }

    // ---- writing ------------------------------------------------------------------------------------

    /**
     * Records a result. No finding, latent infection (a referral to consider preventive treatment) and suspected
     * active TB (an immediate referral: at once on the site's health worklist) complete the screening and close
     * the open appointment as attended; did not attend closes it as missed, and the booking job books again.
     *
     * @return the new result's id
     */
    @Transactional
    public long record(NewResult input) {
        Scope scope = permissions.require(Capability.RECORD_HEALTH);
        LocalDate today = today();
        PersonFacts person = repository.person(input.personId(), today)
                .orElseThrow(() -> ValidationException.of("person", "validation.tb.unknownPerson"));
        if (person.merged()) {
            throw ValidationException.of("person", "validation.person.merged");
        }
        requireFollowedBy(scope, person);
        OpenAppointment appointment = repository.openAppointment(person.id()).orElse(null);

        Violations violations = new Violations();
        TbOutcome outcome = input.outcome();
        LocalDate testedOn = input.testedOn();
        violations.check(outcome != null, "outcome", "validation.required");
        if (testedOn == null) {
            violations.add("testedOn", "validation.required");
        } else {
            violations.check(!testedOn.isAfter(today), "testedOn", "validation.tb.testedInFuture");
            violations.check(appointment == null || !testedOn.isBefore(appointment.day()), "testedOn",
                    "validation.tb.testedBeforeAppointment", appointment == null ? "" : appointment.day().toString());
            violations.check(!testedOn.isBefore(person.birthDate()), "testedOn", "validation.tb.testedBeforeBirth");
        }
        violations.check(outcome != TbOutcome.DID_NOT_ATTEND || appointment != null, "outcome",
                "validation.tb.noAppointmentMissed");
        violations.maxLength("note", input.note(), MAX_NOTE);
        violations.throwIfAny();

        TbTest testType = input.testType() != null ? input.testType()
                : appointment != null ? appointment.testType()
                : rules.testFor(person.birthDate(), person.incidence(), testedOn);
        String actor = currentUser.actorName();
        long id = repository.insertResult(person.id(), appointment == null ? null : appointment.id(), testType,
                testedOn, outcome, blankToNull(input.note()), actor);
        if (appointment != null) {
            repository.closeAppointment(appointment.id(),
                    outcome == TbOutcome.DID_NOT_ATTEND ? "MISSED" : "ATTENDED");
        }
        audit.record(AuditAction.TB_RESULT_RECORDED, RESULT, id, "TB result recorded for person " + person.id());
        ReferralReason reason = switch (outcome) {
            case LATENT_INFECTION -> ReferralReason.PREVENTIVE_TREATMENT;
            case SUSPECTED_ACTIVE -> ReferralReason.SUSPECTED_ACTIVE;
            default -> null;
        };
        if (reason != null) {
            repository.insertReferral(person.id(), reason, id, today, actor).ifPresent(referral ->
                    audit.record(AuditAction.TB_REFERRED, REFERRAL, referral,
                            "TB referral after a result for person " + person.id()));
        }
        return id;
    }

    /** Records that a referral was followed up; {@code version} as read. */
    @Transactional
    public void followUp(long referralId, int version, FollowUp input) {
        Scope scope = permissions.require(Capability.RECORD_HEALTH);
        LocalDate today = today();
        TbReferralEntry referral = repository.referral(referralId)
                .orElseThrow(() -> new AccessDeniedException("referral " + referralId + " is not this user's"));
        PersonFacts person = repository.person(referral.personId(), today).orElseThrow();
        requireFollowedBy(scope, person);
        if (referral.version() != version) {
            throw new ConflictException(REFERRAL, referralId);
        }
        Violations violations = new Violations();
        violations.check(referral.open(), "followedUpOn", "validation.tb.alreadyFollowedUp");
        LocalDate on = input.followedUpOn();
        if (on == null) {
            violations.add("followedUpOn", "validation.required");
        } else {
            violations.check(!on.isBefore(referral.referredOn()), "followedUpOn", "validation.tb.followUpBeforeReferral",
                    referral.referredOn().toString());
            violations.check(!on.isAfter(today), "followedUpOn", "validation.tb.followUpInFuture");
        }
        violations.maxLength("note", input.note(), MAX_NOTE);
        violations.throwIfAny();
        if (!repository.followUp(referralId, version, on, blankToNull(input.note()))) {
            throw new ConflictException(REFERRAL, referralId);
        }
        audit.record(AuditAction.TB_REFERRAL_FOLLOWED_UP, REFERRAL, referralId,
                "TB referral followed up for person " + person.id());
    }

    // ---- reading (health data, audited) -------------------------------------------------------------

    /**
     * The Health tab's health part: results and referrals. Refused (and the refusal audited) unless the caller
     * reads health data and the person is followed at one of their sites.
     */
    @Transactional(readOnly = true)
    public TbHealthDetail healthDetail(long personId) {
        LocalDate today = today();
        Scope scope = requireHealthReader(PERSON, personId);
        PersonFacts person = repository.person(personId, today).filter(p -> !p.merged())
                .filter(p -> followedBy(scope, p)).orElseThrow(() -> refused(PERSON, personId));
        TbSummary summary = statuses.summary(personId, today).orElseThrow();
        List<TbResultEntry> results = repository.results(personId);
        List<TbReferralEntry> referrals = repository.referrals(personId);
        LocalDate testDay = summary.appointment() != null && summary.appointment().day().isAfter(today)
                ? summary.appointment().day() : today;
        TbTest suggested = rules.testFor(person.birthDate(), person.incidence(), testDay);
        audit.recordRead(AuditAction.TB_RESULT_READ, PERSON, personId,
                "TB results of person " + personId + " (" + results.size() + " results, " + referrals.size()
                        + " referrals)");
        return new TbHealthDetail(summary, results, referrals, suggested, permissions.may(Capability.RECORD_HEALTH));
    }

    /** One result, e.g. opened by its address; refused and audited for anyone but the site's health staff. */
    @Transactional(readOnly = true)
    public TbResultPage result(long resultId) {
        Scope scope = requireHealthReader(RESULT, resultId);
        TbResultEntry result = repository.result(resultId).orElseThrow(() -> refused(RESULT, resultId));
        PersonFacts person = repository.person(result.personId(), today()).filter(p -> followedBy(scope, p))
                .orElseThrow(() -> refused(RESULT, resultId));
        audit.recordRead(AuditAction.TB_RESULT_READ, RESULT, resultId, "TB result of person " + person.id());
        return new TbResultPage(result, person.name());
    }

    // ---- checks -------------------------------------------------------------------------------------

    private Scope requireHealthReader(String entity, long id) {
        if (!permissions.may(Capability.READ_HEALTH)) {
            throw refused(entity, id);
        }
        return permissions.require(Capability.READ_HEALTH);
    }

    /** Audits the refusal in its own transaction (the caller's rolls back with the exception) and returns it. */
    private AccessDeniedException refused(String entity, long id) {
        audit.recordRead(AuditAction.TB_RESULT_REFUSED, entity, id, "TB result read refused");
        return new AccessDeniedException(entity + " " + id + " is not this user's health data");
    }

    private static boolean followedBy(Scope scope, PersonFacts person) {
        Long site = person.healthSiteId();
        return site != null && scope.coversSite(site);
    }

    private static void requireFollowedBy(Scope scope, PersonFacts person) {
        if (!followedBy(scope, person)) {
            throw new AccessDeniedException("person " + person.id() + " is not followed at this user's sites");
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
