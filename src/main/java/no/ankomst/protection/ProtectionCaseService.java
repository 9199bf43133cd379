package no.ankomst.protection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.ankomst.audit.AuditAction;
import no.ankomst.audit.AuditService;
import no.ankomst.base.ConflictException;
import no.ankomst.base.ValidationException;
import no.ankomst.base.Violations;
import no.ankomst.protection.ProtectionCaseRecords.CaseDetail;
import no.ankomst.protection.ProtectionCaseRecords.CaseFilter;
import no.ankomst.protection.ProtectionCaseRecords.CasePanelData;
import no.ankomst.protection.ProtectionCaseRecords.CaseRow;
import no.ankomst.protection.ProtectionCaseRecords.CaseSort;
import no.ankomst.protection.ProtectionCaseRecords.Grant;
import no.ankomst.protection.ProtectionCaseRecords.GrantDetails;
import no.ankomst.protection.ProtectionCaseRecords.Renewal;
import no.ankomst.protection.ProtectionCaseRecords.StateChange;
import no.ankomst.protection.ProtectionCaseRecords.WaitingSince;
import no.ankomst.residents.ResidentAccess;
import no.ankomst.residents.ResidentService;
import no.ankomst.security.Capability;
import no.ankomst.security.CurrentUser;
import no.ankomst.security.Permissions;
import no.ankomst.security.Scope;
import no.ankomst.security.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Protection cases with UDI: one per person, moved only along the process ({@link CaseState}), every change
 * dated, signed and explained in an append-only history. Administrators and the staff of the site where the
 * person stays now change cases ({@link ResidentAccess}); managers and staff of earlier sites read them;
 * health staff and coordinators neither. A grant publishes
 * {@link ProtectionGranted} for the features that follow it.
 */
@Service
public class ProtectionCaseService {

    static final String ENTITY = "protection_case";

    private final ProtectionCaseRepository repository;
    private final CaseChecks checks;
    private final ResidentService residents;
    private final ResidentAccess access;
    private final Permissions permissions;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final ProtectionProperties properties;
    private final ProtectionRules rules;
    private final Clock clock;

    ProtectionCaseService(ProtectionCaseRepository repository, CaseChecks checks, ResidentService residents,
                          ResidentAccess access,
                          Permissions permissions, CurrentUser currentUser, AuditService audit,
                          ApplicationEventPublisher events, ProtectionProperties properties, ProtectionRules rules,
                          Clock clock) {
        this.repository = repository;
        this.checks = checks;
        this.residents = residents;
        this.access = access;
        this.permissions = permissions;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
        this.properties = properties;
        this.rules = rules;
        this.clock = clock;
    }

    // ---- reading ------------------------------------------------------------------------------------

    /** The person's case, if they have one and the caller's scope reaches them. */
    @Transactional(readOnly = true)
    public Optional<CaseDetail> caseOf(long personId) {
        Scope scope = checks.requireReader(personId);
        return repository.findByPerson(scope, personId, today());
    }

    /** Everything the resident's case tab shows. */
    @Transactional(readOnly = true)
    public CasePanelData panel(long personId) {
        Scope scope = checks.requireReader(personId);
        CaseDetail detail = repository.findByPerson(scope, personId, today()).orElse(null);
        return new CasePanelData(detail, detail != null ? detail.family() : repository.family(scope, personId),
                access.mayChange(Capability.WORK_CASES, personId), repository.firstPoliceRegistration(personId).orElse(null),
                residents.formerIdentityNumbers(personId), properties.maxPermitYears());
    }

    /** Whether the signed-in user works with cases at all (health staff and coordinators do not). */
    public boolean available() {
        return permissions.may(Capability.READ_PROTECTION);
    }

    /**
     * One page of the case list. {@code afterCaseId}, when the grid scrolls on from a page it already read,
     * is that page's last case: the next page is found by seeking from it, and {@code offset} is ignored.
     */
    @Transactional(readOnly = true)
    public List<CaseRow> page(CaseFilter filter, CaseSort sort, int offset, int limit, @Nullable Long afterCaseId) {
        if (offset < 0 || limit < 1 || limit > 500) {
            throw new IllegalArgumentException("bad page: offset " + offset + ", limit " + limit);
        }
        return repository.page(checks.listScope(), filter, sort, today(), afterCaseId == null ? offset : 0, limit,
                afterCaseId);
    }

    @Transactional(readOnly = true)
    public int count(CaseFilter filter) {
        return repository.count(checks.listScope(), filter, today());
    }

    /** The count of each filter's list, in one query (the worklist's lines); the filters share their site. */
    @Transactional(readOnly = true)
    public List<Integer> counts(List<CaseFilter> filters) {
        return repository.counts(checks.listScope(), filters, today());
    }

    /** Permits ending within the configured days (60), soonest first. */
    @Transactional(readOnly = true)
    public List<CaseRow> expiringPermits(int limit) {
        CaseFilter filter = new CaseFilter(CaseState.GRANTED, null, null, WaitingSince.LAST_EVENT,
                properties.expiringWithinDays(), false);
        return repository.page(checks.listScope(), filter, CaseSort.PERMIT_END, today(), 0, limit, null);
    }

    public int expiringWithinDays() {
        return properties.expiringWithinDays();
    }

    // ---- writing ------------------------------------------------------------------------------------

    /** Opens the person's case as registered with the police on {@code registeredOn}. */
    @Transactional
    public long open(long personId, @Nullable LocalDate registeredOn, String reason) {
        checks.requireWriter(personId);
        Violations violations = new Violations();
        checks.checkDated(violations, registeredOn, reason, null);
        violations.check(repository.caseIdOf(personId).isEmpty(), "person", "validation.case.alreadyOpen");
        violations.throwIfAny();
        long caseId = repository.insertCase(personId, registeredOn);
        repository.insertEvent(caseId, NewCaseEvent.of(CaseEventKind.OPENED, null, CaseState.REGISTERED_WITH_POLICE,
                registeredOn, reason), clock.instant(), actor());
        audit.record(AuditAction.CASE_OPENED, ENTITY, caseId, "case opened for person " + personId
                + ", registered with the police on " + registeredOn);
        return caseId;
    }

    @Transactional
    public void changeState(long caseId, int version, StateChange change) {
        CaseDetail current = checks.writable(caseId, version);
        Violations violations = new Violations();
        checks.checkDated(violations, change.effectiveOn(), change.reason(), CaseChecks.lastEventOn(current));
        CaseState to = change.to();
        if (to == null) {
            violations.add("toState", "validation.required");
        } else if (to == CaseState.GRANTED) {
            violations.add("toState", "validation.case.grantNeedsPermit");
        } else if (!current.state().canGoTo(to)) {
            violations.add("toState", "validation.case.transitionNotAllowed");
        }
        if (to == CaseState.CALLED_FOR_INTERVIEW) {
            violations.check(change.interviewOn() != null, "interviewOn", "validation.required");
            violations.check(change.interviewOn() == null || change.effectiveOn() == null
                    || !change.interviewOn().isBefore(change.effectiveOn()), "interviewOn",
                    "validation.case.interviewBeforeCall");
        }
        if (to == CaseState.IN_PROCESSING) {
            violations.check(change.processingTrack() != null, "processingTrack", "validation.required");
        }
        violations.throwIfAny();
        LocalDate on = change.effectiveOn();
        LocalDate interviewOn = to == CaseState.CALLED_FOR_INTERVIEW ? change.interviewOn() : null;
        ProcessingTrack track = to == CaseState.IN_PROCESSING ? change.processingTrack() : null;
        if (!repository.updateState(caseId, version, to, on, interviewOn, track)) {
            throw new ConflictException(ENTITY, caseId);
        }
        repository.insertEvent(caseId, new NewCaseEvent(CaseEventKind.STATE_CHANGED, current.state(), to, on,
                change.reason(), interviewOn, track, null, null, null, null, null), clock.instant(), actor());
        audit.record(AuditAction.CASE_STATE_CHANGED, ENTITY, caseId, "case of person " + current.personId() + ": "
                + current.state() + " -> " + to + " effective " + on);
    }

    /** Records UDI's grant: the first permit, the card, optionally the new number and the letter. */
    @Transactional
    public void grant(long caseId, int version, Grant grant) {
        CaseDetail current = checks.writable(caseId, version);
        Violations violations = new Violations();
        checks.checkDated(violations, grant.effectiveOn(), grant.reason(), CaseChecks.lastEventOn(current));
        violations.check(current.state().canGoTo(CaseState.GRANTED), "toState", "validation.case.transitionNotAllowed");
        LocalDate from = grant.permitFrom();
        LocalDate to = grant.permitTo() != null || from == null ? grant.permitTo() : PermitPeriods.oneYearFrom(from);
        violations.check(from != null, "permitFrom", "validation.required");
        violations.check(to != null, "permitTo", "validation.required");
        if (from != null && to != null) {
            violations.check(!to.isBefore(from), "permitTo", "validation.permit.endsBeforeStart");
            violations.check(!to.isAfter(PermitPeriods.latestEnd(from, properties.maxPermitYears())), "permitTo",
                    "validation.permit.pastMaximum", properties.maxPermitYears());
        }
        violations.check(grant.residenceCard() != null, "residenceCard", "validation.required");
        checks.checkLetter(violations, grant.decisionLetterSentOn(), grant.effectiveOn());
        CaseChecks.checkIdentityNumber(violations, grant.identityNumber());
        violations.throwIfAny();
        LocalDate on = grant.effectiveOn();
        if (!repository.updateGrant(caseId, version, on, from, to, grant.residenceCard(),
                grant.decisionLetterSentOn(), grant.addressReceivesPost())) {
            throw new ConflictException(ENTITY, caseId);
        }
        repository.insertPermit(caseId, from, to, false);
        repository.insertEvent(caseId, new NewCaseEvent(CaseEventKind.STATE_CHANGED, current.state(), CaseState.GRANTED,
                on, grant.reason(), null, null, from, to, grant.residenceCard(), grant.decisionLetterSentOn(),
                grant.addressReceivesPost()), clock.instant(), actor());
        recordIdentityNumber(current.personId(), grant.identityNumber(), on);
        audit.record(AuditAction.CASE_GRANTED, ENTITY, caseId, "case of person " + current.personId()
                + " granted effective " + on + ", permit " + from + " – " + to + ", card " + grant.residenceCard());
        events.publishEvent(new ProtectionGranted(current.personId(), caseId, from, to));
    }

    /** One more year, from the day after the current permit ends, never past the maximum. */
    @Transactional
    public void renew(long caseId, int version, Renewal renewal) {
        CaseDetail current = checks.writable(caseId, version);
        Violations violations = new Violations();
        checks.checkDated(violations, renewal.effectiveOn(), renewal.reason(), CaseChecks.lastEventOn(current));
        if (current.state() != CaseState.GRANTED || current.permitTo() == null || current.permitFrom() == null) {
            violations.add("toState", "validation.permit.notGranted");
            violations.throwIfAny();
        }
        LocalDate from = PermitPeriods.renewalStart(current.permitTo());
        LocalDate latest = PermitPeriods.latestEnd(current.permitFrom(), properties.maxPermitYears());
        LocalDate to = renewal.permitTo() != null ? renewal.permitTo()
                : PermitPeriods.renewalEnd(current.permitFrom(), current.permitTo(), properties.maxPermitYears());
        if (from.isAfter(latest)) {
            violations.add("permitTo", "validation.permit.maximumReached", properties.maxPermitYears());
        } else if (rules.barsRenewal(from, repository.citizenshipsOf(current.personId()),
                repository.citizenshipsOfHoldersInHousehold(current.personId()))) {
            // from 1 Mar 2024 no extension for a safe third country's citizen; the new permit's first day decides
            violations.add("citizenships", "validation.permit.safeThirdCountry", rules.safeThirdCountryFrom());
        } else {
            violations.check(!to.isBefore(from), "permitTo", "validation.permit.endsBeforeStart");
            violations.check(!to.isAfter(PermitPeriods.oneYearFrom(from)), "permitTo",
                    "validation.permit.renewalLongerThanAYear");
            violations.check(!to.isAfter(latest), "permitTo", "validation.permit.pastMaximum",
                    properties.maxPermitYears());
        }
        violations.throwIfAny();
        LocalDate on = renewal.effectiveOn();
        if (!repository.updatePermitTo(caseId, version, on, to)) {
            throw new ConflictException(ENTITY, caseId);
        }
        repository.insertPermit(caseId, from, to, true);
        repository.insertEvent(caseId, new NewCaseEvent(CaseEventKind.PERMIT_RENEWED, null, null, on, renewal.reason(),
                null, null, from, to, null, null, null), clock.instant(), actor());
        audit.record(AuditAction.PERMIT_RENEWED, ENTITY, caseId, "permit of person " + current.personId()
                + " renewed " + from + " – " + to);
    }

    /** The card's progress, the decision letter, the mailbox, and the new number once assigned. */
    @Transactional
    public void updateGrantDetails(long caseId, int version, GrantDetails details) {
        CaseDetail current = checks.writable(caseId, version);
        Violations violations = new Violations();
        checks.checkDated(violations, details.effectiveOn(), details.reason(), CaseChecks.lastEventOn(current));
        violations.check(current.state() == CaseState.GRANTED, "toState", "validation.permit.notGranted");
        violations.check(details.residenceCard() != null, "residenceCard", "validation.required");
        checks.checkLetter(violations, details.decisionLetterSentOn(), current.stateSince());
        CaseChecks.checkIdentityNumber(violations, details.identityNumber());
        violations.throwIfAny();
        LocalDate on = details.effectiveOn();
        if (!repository.updateDetails(caseId, version, on, details.residenceCard(), details.decisionLetterSentOn(),
                details.addressReceivesPost())) {
            throw new ConflictException(ENTITY, caseId);
        }
        repository.insertEvent(caseId, new NewCaseEvent(CaseEventKind.GRANT_DETAILS_CHANGED, null, null, on,
                details.reason(), null, null, null, null, details.residenceCard(), details.decisionLetterSentOn(),
                details.addressReceivesPost()), clock.instant(), actor());
        recordIdentityNumber(current.personId(), details.identityNumber(), on);
        audit.record(AuditAction.GRANT_DETAILS_CHANGED, ENTITY, caseId, "grant details of person "
                + current.personId() + ": card " + details.residenceCard() + ", letter sent "
                + details.decisionLetterSentOn() + ", post " + details.addressReceivesPost());
    }

    // ---- helpers ------------------------------------------------------------------------------------

    private void recordIdentityNumber(long personId, @Nullable String number, LocalDate on) {
        if (number != null && !number.isBlank()) {
            residents.recordNationalIdentityNumber(personId, number, on);
        }
    }

    private String actor() {
        return currentUser.get().map(SignedInUser::getUsername).orElse("system");
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
