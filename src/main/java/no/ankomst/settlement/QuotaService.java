package no.ankomst.settlement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import no.ankomst.audit.AuditAction;
import no.ankomst.audit.AuditService;
import no.ankomst.base.ConflictException;
import no.ankomst.base.ValidationException;
import no.ankomst.base.Violations;
import no.ankomst.security.Capability;
import no.ankomst.security.CurrentUser;
import no.ankomst.security.Permissions;
import no.ankomst.security.Scope;
import no.ankomst.settlement.QuotaRecords.DecisionForm;
import no.ankomst.settlement.QuotaRecords.QuotaRow;
import no.ankomst.settlement.QuotaRecords.RequestForm;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each municipality's yearly settlement request (the officer, for municipalities of their counties) and the council's
 * decision on it (the coordinator, own municipality only): how many, never who.
 */
@Service
public class QuotaService {

    static final String ENTITY = "settlement_quota";
    static final int MAX_PERSONS = 100_000;
    static final int MAX_MINORS = 10_000;
    static final int MAX_NOTE = 2000;

    private final QuotaRepository repository;
    private final Permissions permissions;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    QuotaService(QuotaRepository repository, Permissions permissions, CurrentUser currentUser, AuditService audit,
                 Clock clock) {
        this.repository = repository;
        this.permissions = permissions;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<QuotaRow> page(int year, int offset, int limit) {
        return repository.page(permissions.require(Capability.READ_SETTLEMENT_QUOTAS), year, offset, limit);
    }

    @Transactional(readOnly = true)
    public int count() {
        return repository.count(permissions.require(Capability.READ_SETTLEMENT_QUOTAS));
    }

    @Transactional
    public void recordRequest(RequestForm form) {
        Scope scope = permissions.require(Capability.RECORD_SETTLEMENT_REQUEST);
        requireReached(scope, form.municipalityCode());
        Violations violations = new Violations();
        checkYear(violations, form.year());
        checkCount(violations, "requestedPersons", form.requestedPersons(), MAX_PERSONS, true);
        checkCount(violations, "requestedMinors", form.requestedMinors(), MAX_MINORS, false);
        violations.maxLength("note", form.note(), MAX_NOTE);
        violations.throwIfAny();
        int persons = Objects.requireNonNull(form.requestedPersons());
        int minors = form.requestedMinors() == null ? 0 : form.requestedMinors();
        LocalDate today = LocalDate.now(clock);
        long id;
        Integer version = form.version();
        if (version == null) {
            try {
                id = repository.insertRequest(form, persons, minors, today, currentUser.actorName());
            } catch (DuplicateKeyException raced) {
                throw new ConflictException(ENTITY, form.municipalityCode() + "/" + form.year());
            }
        } else {
            id = repository.updateRequest(form, version, persons, minors, today, currentUser.actorName())
                    .orElseThrow(() -> new ConflictException(ENTITY, form.municipalityCode() + "/" + form.year()));
        }
        audit.record(AuditAction.SETTLEMENT_REQUEST_RECORDED, ENTITY, id, form.municipalityCode() + " " + form.year()
                + ": requested " + persons + " persons, " + minors + " unaccompanied minors");
    }

    @Transactional
    public void recordDecision(DecisionForm form) {
        Scope scope = permissions.require(Capability.DECIDE_SETTLEMENT);
        requireReached(scope, form.municipalityCode());
        Violations violations = new Violations();
        checkCount(violations, "decidedPersons", form.decidedPersons(), MAX_PERSONS, true);
        checkCount(violations, "decidedMinors", form.decidedMinors(), MAX_MINORS, true);
        LocalDate decidedOn = form.decidedOn();
        violations.check(decidedOn != null, "decidedOn", "validation.required");
        violations.check(decidedOn == null || !decidedOn.isAfter(LocalDate.now(clock)), "decidedOn",
                "validation.date.future");
        violations.throwIfAny();
        if (repository.versionOf(form.municipalityCode(), form.year()).isEmpty()) {
            throw ValidationException.of("decidedPersons", "validation.quota.noRequest", form.year());
        }
        int persons = Objects.requireNonNull(form.decidedPersons());
        int minors = Objects.requireNonNull(form.decidedMinors());
        long id = repository.updateDecision(form, persons, minors, Objects.requireNonNull(decidedOn),
                        currentUser.actorName())
                .orElseThrow(() -> new ConflictException(ENTITY, form.municipalityCode() + "/" + form.year()));
        audit.record(AuditAction.SETTLEMENT_DECISION_RECORDED, ENTITY, id, form.municipalityCode() + " " + form.year()
                + ": decided " + persons + " persons, " + minors + " unaccompanied minors on " + decidedOn);
    }

    /** A municipality outside one's scope is refused as if it were unknown. */
    private void requireReached(Scope scope, String municipalityCode) {
        if (!repository.reaches(scope, municipalityCode)) {
            throw new AccessDeniedException("municipality " + municipalityCode + " is outside this user's scope");
        }
    }

    private static void checkYear(Violations violations, int year) {
        violations.check(year >= 2022 && year <= 2100, "year", "validation.range", 2022, 2100);
    }

    private static void checkCount(Violations violations, String field, @Nullable Integer value, int max,
                                   boolean required) {
        if (value == null) {
            violations.check(!required, field, "validation.required");
            return;
        }
        violations.check(value >= 0 && value <= max, field, "validation.range", 0, max);
    }
}
