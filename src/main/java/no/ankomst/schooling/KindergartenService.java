package no.ankomst.schooling;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.ankomst.audit.AuditAction;
import no.ankomst.audit.AuditService;
import no.ankomst.base.ConflictException;
import no.ankomst.base.ValidationException;
import no.ankomst.base.Violations;
import no.ankomst.schooling.SchoolingRecords.KindergartenDraft;
import no.ankomst.schooling.SchoolingRecords.Saved;
import no.ankomst.schooling.SchoolingRecords.Warning;
import no.ankomst.schooling.SchoolingRules.ChildFacts;
import no.ankomst.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Kindergarten (a UDI-funded place for children 1–5, on application: applied, offered, started, ended) and the
 * organised activity the centre gives children from 2 to school age (hours per day). Recorded by administrators
 * and the staff of the child's current site; a child outside the ages is accepted with a warning.
 */
@Service
public class KindergartenService {

    static final String PLACE = "kindergarten_place";
    static final String ACTIVITY = "activity_participation";
    private static final BigDecimal MAX_HOURS = BigDecimal.valueOf(12);

    private final EnrolmentRepository repository;
    private final ChildrenRepository children;
    private final SchoolingChecks checks;
    private final SchoolingRules rules;
    private final CurrentUser currentUser;
    private final AuditService audit;

    KindergartenService(EnrolmentRepository repository, ChildrenRepository children, SchoolingChecks checks,
                        SchoolingRules rules, CurrentUser currentUser, AuditService audit) {
        this.repository = repository;
        this.children = children;
        this.checks = checks;
        this.rules = rules;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    @Transactional
    public Saved recordPlace(long personId, KindergartenDraft draft) {
        checks.requireWriter(personId);
        List<Warning> warnings = validate(personId, draft, null);
        long id;
        try {
            id = repository.insertPlace(personId, draft);
        } catch (DuplicateKeyException raced) {
            throw ValidationException.of("appliedOn", "validation.kindergarten.openExists");
        }
        audit.record(AuditAction.KINDERGARTEN_RECORDED, PLACE, id, "kindergarten for person " + personId + ": applied "
                + draft.appliedOn() + ", offered " + draft.offeredOn() + ", started " + draft.startedOn() + ", ended "
                + draft.endedOn() + (draft.udiFunded() ? ", UDI-funded" : ""));
        return new Saved(id, warnings);
    }

    @Transactional
    public Saved changePlace(long placeId, int version, KindergartenDraft draft) {
        long personId = repository.personOfPlace(placeId).orElseThrow(() -> new ConflictException(PLACE, placeId));
        checks.requireWriter(personId);
        List<Warning> warnings = validate(personId, draft, placeId);
        if (!repository.updatePlace(placeId, version, draft)) {
            throw new ConflictException(PLACE, placeId);
        }
        audit.record(AuditAction.KINDERGARTEN_RECORDED, PLACE, placeId, "kindergarten for person " + personId
                + " changed: applied " + draft.appliedOn() + ", offered " + draft.offeredOn() + ", started "
                + draft.startedOn() + ", ended " + draft.endedOn());
        return new Saved(placeId, warnings);
    }

    private List<Warning> validate(long personId, KindergartenDraft d, @Nullable Long placeId) {
        LocalDate today = checks.today();
        Violations violations = new Violations();
        violations.check(d.appliedOn() != null, "appliedOn", "validation.required");
        EnrolmentService.notInFuture(violations, "appliedOn", d.appliedOn(), today);
        EnrolmentService.notInFuture(violations, "offeredOn", d.offeredOn(), today);
        EnrolmentService.notInFuture(violations, "startedOn", d.startedOn(), today);
        EnrolmentService.notInFuture(violations, "endedOn", d.endedOn(), today);
        EnrolmentService.notBefore(violations, "offeredOn", d.offeredOn(), d.appliedOn());
        EnrolmentService.notBefore(violations, "startedOn", d.startedOn(),
                d.offeredOn() != null ? d.offeredOn() : d.appliedOn());
        EnrolmentService.notBefore(violations, "endedOn", d.endedOn(), d.startedOn() != null ? d.startedOn()
                : d.offeredOn() != null ? d.offeredOn() : d.appliedOn());
        ChildFacts facts = children.facts(personId).orElseThrow();
        if (d.startedOn() != null && facts.arrival() != null) {
            violations.check(!d.startedOn().isBefore(facts.arrival()), "startedOn",
                    "validation.enrolment.startBeforeArrival", facts.arrival());
        }
        violations.check(d.endedOn() != null || !repository.openPlaceExists(personId, placeId), "appliedOn",
                "validation.kindergarten.openExists");
        violations.throwIfAny();
        List<Warning> warnings = new ArrayList<>();
        LocalDate on = d.startedOn() != null ? d.startedOn() : d.appliedOn();
        if (!rules.kindergartenAge(facts.birthDate(), on)) {
            warnings.add(new Warning("schooling.warning.kindergartenAge",
                    List.of(rules.kindergartenFromAge(), rules.kindergartenToAge())));
        }
        return warnings;
    }

    /** Records a day's organised activity (a second record of the same day replaces its hours). */
    @Transactional
    public Saved recordActivity(long personId, @Nullable LocalDate day, @Nullable BigDecimal hours) {
        checks.requireWriter(personId);
        Violations violations = new Violations();
        violations.check(day != null, "onDay", "validation.required");
        EnrolmentService.notInFuture(violations, "onDay", day, checks.today());
        violations.check(hours != null, "hours", "validation.required");
        violations.check(hours == null || (hours.signum() > 0 && hours.compareTo(MAX_HOURS) <= 0), "hours",
                "validation.range", 0, 12);
        ChildFacts facts = children.facts(personId).orElseThrow();
        violations.check(day == null || facts.arrival() == null || !day.isBefore(facts.arrival()), "onDay",
                "validation.activity.beforeArrival", facts.arrival() == null ? "" : facts.arrival());
        violations.throwIfAny();
        BigDecimal rounded = hours.setScale(1, java.math.RoundingMode.HALF_UP);
        repository.upsertActivity(personId, day, rounded, currentUser.actorName());
        audit.record(AuditAction.ACTIVITY_RECORDED, ACTIVITY, personId, "organised activity for person " + personId
                + " on " + day + ": " + rounded + " h");
        List<Warning> warnings = new ArrayList<>();
        if (!rules.activityAge(facts.birthDate(), day)) {
            warnings.add(new Warning("schooling.warning.activityAge", List.of(rules.activityFromAge())));
        } else if (rounded.compareTo(BigDecimal.valueOf(rules.activityMinHours())) < 0) {
            warnings.add(new Warning("schooling.warning.activityHours", List.of(rules.activityMinHours())));
        }
        return new Saved(personId, warnings);
    }
}
