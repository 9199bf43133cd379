package no.ankomst.protection;

import java.time.Clock;
import java.time.LocalDate;
import no.ankomst.base.ConflictException;
import no.ankomst.base.ValidationException;
import no.ankomst.base.Violations;
import no.ankomst.protection.ProtectionCaseRecords.CaseDetail;
import no.ankomst.residents.ResidentAccess;
import no.ankomst.residents.ResidentService;
import no.ankomst.security.Capability;
import no.ankomst.security.CurrentUser;
import no.ankomst.security.Permissions;
import no.ankomst.security.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The rules and scope checks every step of a protection case applies ({@link ProtectionCaseService}): who
 * reads and who changes a case, the case as the caller last read it, and dates, reasons, decision letters and
 * identity numbers that make sense.
 */
@Component
class CaseChecks {

    private static final int MAX_REASON = 1000;

    private final ProtectionCaseRepository repository;
    private final ResidentAccess access;
    private final Permissions permissions;
    private final CurrentUser currentUser;
    private final Clock clock;

    CaseChecks(ProtectionCaseRepository repository, ResidentAccess access, Permissions permissions,
               CurrentUser currentUser, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.permissions = permissions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    void checkDated(Violations violations, @Nullable LocalDate effectiveOn, @Nullable String reason,
                            @Nullable LocalDate previous) {
        if (effectiveOn == null) {
            violations.add("effectiveOn", "validation.required");
        } else {
            violations.check(!effectiveOn.isAfter(today()), "effectiveOn", "validation.case.dateInFuture");
            violations.check(previous == null || !effectiveOn.isBefore(previous), "effectiveOn",
                    "validation.case.beforePreviousEvent", previous == null ? "" : previous.toString());
        }
        violations.required("reason", reason).maxLength("reason", reason, MAX_REASON);
    }

    void checkLetter(Violations violations, @Nullable LocalDate sentOn, @Nullable LocalDate decidedOn) {
        if (sentOn != null) {
            violations.check(!sentOn.isAfter(today()), "decisionLetterSentOn", "validation.case.dateInFuture");
            violations.check(decidedOn == null || !sentOn.isBefore(decidedOn), "decisionLetterSentOn",
                    "validation.case.letterBeforeDecision");
        }
    }

    static void checkIdentityNumber(Violations violations, @Nullable String number) {
        if (number != null && !number.isBlank()) {
            try {
                ResidentService.nationalIdentityNumber(number);
            } catch (ValidationException invalid) {
                invalid.violations().forEach(v -> violations.add(v.field(), v.ruleKey(), v.args().toArray()));
            }
        }
    }

    static @Nullable LocalDate lastEventOn(CaseDetail detail) {
        return detail.events().isEmpty() ? null : detail.events().getLast().effectiveOn();
    }

    /** The case as last read by the caller: in scope for writing, and not changed since {@code version}. */
    CaseDetail writable(long caseId, int version) {
        Scope scope = currentUser.scope();
        CaseDetail current = repository.find(scope, caseId, today())
                .orElseThrow(() -> new AccessDeniedException("case " + caseId + " is not visible to this user"));
        requireWriter(current.personId());
        if (current.version() != version) {
            throw new ConflictException(ProtectionCaseService.ENTITY, caseId);
        }
        return current;
    }

    Scope requireReader(long personId) {
        Scope scope = listScope();
        if (!repository.personVisible(scope, personId)) {
            throw new AccessDeniedException("person " + personId + " is not visible to this user");
        }
        return scope;
    }

    /** Cases are the business of administrators, managers and reception-centre staff. */
    Scope listScope() {
        return permissions.require(Capability.READ_PROTECTION);
    }

    /** The one rule of every write about a person: see {@link ResidentAccess}. */
    void requireWriter(long personId) {
        access.requireChangeable(Capability.WORK_CASES, personId);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
