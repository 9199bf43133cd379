package no.ankomst.schooling;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.ankomst.audit.AuditAction;
import no.ankomst.audit.AuditService;
import no.ankomst.base.ConflictException;
import no.ankomst.base.ValidationException;
import no.ankomst.base.Violations;
import no.ankomst.schooling.SchoolingRecords.EnrolmentDraft;
import no.ankomst.schooling.SchoolingRecords.EnrolmentRow;
import no.ankomst.schooling.SchoolingRecords.Saved;
import no.ankomst.schooling.SchoolingRecords.SchoolingPanel;
import no.ankomst.schooling.SchoolingRecords.Warning;
import no.ankomst.schooling.SchoolingRules.ChildFacts;
import no.ankomst.security.Capability;
import no.ankomst.security.Permissions;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A child's school enrolments and schooling status. Administrators, managers and centre staff read (within
 * scope); administrators and the staff of the child's current site record. A school start before arrival, an
 * enrolment overlapping another, or a school that does not exist is refused; a child outside school age may be
 * enrolled, with a warning naming why.
 */
@Service
public class EnrolmentService {

    static final String ENTITY = "school_enrolment";
    private static final int ACTIVITY_SHOWN = 30;

    private final EnrolmentRepository repository;
    private final ChildrenRepository children;
    private final SchoolingChecks checks;
    private final SchoolingRules rules;
    private final Permissions permissions;
    private final AuditService audit;

    EnrolmentService(EnrolmentRepository repository, ChildrenRepository children, SchoolingChecks checks,
                     SchoolingRules rules, Permissions permissions, AuditService audit) {
        this.repository = repository;
        this.children = children;
        this.checks = checks;
        this.rules = rules;
        this.permissions = permissions;
        this.audit = audit;
    }

    /** Whether the signed-in user reads schooling at all (health staff and coordinators do not). */
    public boolean available() {
        return permissions.may(Capability.READ_SCHOOLING);
    }

    /** Whether the person is a child (under 18) the signed-in user may read the schooling of. */
    @Transactional(readOnly = true)
    public boolean shownFor(long personId) {
        if (!available()) {
            return false;
        }
        LocalDate today = checks.today();
        return repository.birthDate(personId)
                .map(birth -> birth.isAfter(today.minusYears(ChildrenRepository.CHILD_UNDER))).orElse(false);
    }

    /** The child's status today, computed from dates. */
    @Transactional(readOnly = true)
    public SchoolingStatus status(long personId) {
        checks.requireReader(personId);
        ChildFacts facts = children.facts(personId)
                .orElseThrow(() -> new AccessDeniedException("no person " + personId));
        return rules.status(facts, checks.today());
    }

    /** Everything the School tab shows. */
    @Transactional(readOnly = true)
    public SchoolingPanel panel(long personId) {
        checks.requireReader(personId);
        ChildFacts facts = children.facts(personId)
                .orElseThrow(() -> new AccessDeniedException("no person " + personId));
        LocalDate today = checks.today();
        return new SchoolingPanel(personId, facts.birthDate(), facts.arrival(), rules.status(facts, today),
                rules.startByOf(facts, today), rules.schoolAge(facts.birthDate(), today, facts.completedYear10On()),
                rules.kindergartenAge(facts.birthDate(), today), rules.activityAge(facts.birthDate(), today),
                repository.kindergartenRightFrom(personId).orElse(null), repository.enrolments(personId),
                repository.kindergarten(personId), repository.activity(personId, ACTIVITY_SHOWN),
                checks.mayWrite(personId), repository.currentMunicipality(personId).orElse(null));
    }

    /** Records a new enrolment (applied, and as far as it has come). */
    @Transactional
    public Saved record(long personId, EnrolmentDraft draft) {
        checks.requireWriter(personId);
        List<Warning> warnings = validate(personId, draft, null);
        long id;
        try {
            id = repository.insert(personId, draft);
        } catch (DataIntegrityViolationException raced) {
            throw ValidationException.of("appliedOn", "validation.enrolment.overlaps");
        }
        audit.record(AuditAction.ENROLMENT_RECORDED, ENTITY, id, "enrolment of person " + personId + " at school "
                + draft.schoolId() + ", year " + draft.schoolYear() + ", " + draft.state() + summary(warnings));
        return new Saved(id, warnings);
    }

    /** Changes an enrolment as last read ({@code version}): the next step, a correction, or its end. */
    @Transactional
    public Saved change(long enrolmentId, int version, EnrolmentDraft draft) {
        long personId = repository.personOfEnrolment(enrolmentId)
                .orElseThrow(() -> new ConflictException(ENTITY, enrolmentId));
        checks.requireWriter(personId);
        EnrolmentRow before = repository.enrolment(enrolmentId).orElseThrow();
        List<Warning> warnings = validate(personId, draft, enrolmentId);
        boolean changed;
        try {
            changed = repository.update(enrolmentId, version, draft);
        } catch (DataIntegrityViolationException raced) {
            throw ValidationException.of("appliedOn", "validation.enrolment.overlaps");
        }
        if (!changed) {
            throw new ConflictException(ENTITY, enrolmentId);
        }
        audit.record(AuditAction.ENROLMENT_CHANGED, ENTITY, enrolmentId, "enrolment of person " + personId
                + " from " + before.state() + " at school " + before.schoolId() + " to " + draft.state()
                + " at school " + draft.schoolId() + summary(warnings));
        return new Saved(enrolmentId, warnings);
    }

    private List<Warning> validate(long personId, EnrolmentDraft d, @Nullable Long enrolmentId) {
        LocalDate today = checks.today();
        Violations violations = new Violations();
        Optional<String> schoolMunicipality = Optional.empty();
        if (d.schoolId() == null) {
            violations.add("school", "validation.required");
        } else {
            schoolMunicipality = repository.activeSchoolMunicipality(d.schoolId());
            violations.check(schoolMunicipality.isPresent(), "school", "validation.enrolment.unknownSchool");
        }
        violations.check(d.schoolYear() != null, "schoolYear", "validation.required");
        violations.check(d.schoolYear() == null || (d.schoolYear() >= 1 && d.schoolYear() <= 10), "schoolYear",
                "validation.range", 1, 10);
        violations.check(d.appliedOn() != null, "appliedOn", "validation.required");
        notInFuture(violations, "appliedOn", d.appliedOn(), today);
        notInFuture(violations, "enrolledOn", d.enrolledOn(), today);
        notInFuture(violations, "startedOn", d.startedOn(), today);
        notInFuture(violations, "endedOn", d.endedOn(), today);
        notBefore(violations, "enrolledOn", d.enrolledOn(), d.appliedOn());
        notBefore(violations, "startedOn", d.startedOn(), d.enrolledOn() != null ? d.enrolledOn() : d.appliedOn());
        LocalDate latest = d.startedOn() != null ? d.startedOn() : d.enrolledOn() != null ? d.enrolledOn() : d.appliedOn();
        notBefore(violations, "endedOn", d.endedOn(), latest);
        violations.check((d.endedOn() == null) == (d.endReason() == null), d.endedOn() == null ? "endedOn" : "endReason",
                "validation.enrolment.endNeedsReason");
        ChildFacts facts = children.facts(personId).orElseThrow();
        if (d.startedOn() != null && facts.arrival() != null) {
            violations.check(!d.startedOn().isBefore(facts.arrival()), "startedOn",
                    "validation.enrolment.startBeforeArrival", facts.arrival());
        }
        if (d.appliedOn() != null) {
            violations.check(!repository.overlaps(personId, d.appliedOn(), d.endedOn(), enrolmentId), "appliedOn",
                    "validation.enrolment.overlaps");
        }
        violations.throwIfAny();
        List<Warning> warnings = new ArrayList<>(checks.schoolAgeWarnings(facts.birthDate(),
                d.startedOn() != null ? d.startedOn() : d.appliedOn(), facts.completedYear10On()));
        Optional<String> here = repository.currentMunicipality(personId);
        if (here.isPresent() && schoolMunicipality.isPresent() && !here.get().equals(schoolMunicipality.get())) {
            warnings.add(new Warning("schooling.warning.otherMunicipality", List.of(schoolMunicipality.get(), here.get())));
        }
        return warnings;
    }

    static void notInFuture(Violations violations, String field, @Nullable LocalDate day, LocalDate today) {
        violations.check(day == null || !day.isAfter(today), field, "validation.schooling.dateInFuture");
    }

    static void notBefore(Violations violations, String field, @Nullable LocalDate day, @Nullable LocalDate earlier) {
        violations.check(day == null || earlier == null || !day.isBefore(earlier), field,
                "validation.schooling.datesOutOfOrder", earlier == null ? "" : earlier);
    }

    private static String summary(List<Warning> warnings) {
        return warnings.isEmpty() ? "" : " (warnings: " + warnings.stream().map(Warning::key).toList() + ")";
    }
}
