package no.ankomst.settlement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.ankomst.audit.AuditAction;
import no.ankomst.audit.AuditService;
import no.ankomst.base.ConflictException;
import no.ankomst.base.Violations;
import no.ankomst.residents.ResidentAccess;
import no.ankomst.security.Capability;
import no.ankomst.security.CurrentUser;
import no.ankomst.security.Permissions;
import no.ankomst.security.Scope;
import no.ankomst.settlement.InterviewRecords.AdultAnswers;
import no.ankomst.settlement.InterviewRecords.HouseholdSettlement;
import no.ankomst.settlement.InterviewRecords.Interview;
import no.ankomst.settlement.InterviewRecords.InterviewForm;
import no.ankomst.settlement.InterviewRecords.Member;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The settlement interview (DOMAIN.md "Settlement"), held by centre staff for a household staying at their site.
 * Needs for services near home are functional-need codes given with consent (the database refuses them without);
 * reads are audited, as they may say what a household needs near home. Saving moves the pipeline in the same
 * transaction.
 */
@Service
public class SettlementInterviewService {

    static final String ENTITY = "settlement_interview";
    static final int MAX_TEXT = 1000;
    static final int MAX_SUMMARY = 4000;
    static final int MAX_ROOMS = 20;

    private final InterviewRepository repository;
    private final PipelineRepository pipelineRows;
    private final SettlementPipeline pipeline;
    private final ResidentAccess residents;
    private final Permissions permissions;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    SettlementInterviewService(InterviewRepository repository, PipelineRepository pipelineRows,
                               SettlementPipeline pipeline, ResidentAccess residents, Permissions permissions,
                               CurrentUser currentUser, AuditService audit, Clock clock) {
        this.repository = repository;
        this.pipelineRows = pipelineRows;
        this.pipeline = pipeline;
        this.residents = residents;
        this.permissions = permissions;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The household of a person, as the resident page's settlement tab shows it. */
    @Transactional(readOnly = true)
    public HouseholdSettlement forPerson(long personId) {
        Scope scope = permissions.require(Capability.READ_SETTLEMENT);
        long householdId = repository.householdOf(personId).orElseThrow(() -> new ConflictException("person", personId));
        if (!repository.householdVisible(scope, householdId)) {
            throw new AccessDeniedException("household " + householdId + " is outside this user's scope");
        }
        Optional<Interview> interview = repository.find(householdId);
        interview.ifPresent(found -> audit.recordRead(AuditAction.SETTLEMENT_INTERVIEW_READ, ENTITY, found.id(),
                "household " + householdId));
        long head = repository.head(householdId).orElse(personId);
        return new HouseholdSettlement(householdId, repository.members(householdId, today()), interview.orElse(null),
                pipelineRows.find(householdId).map(PipelineRepository.Row::state).orElse(null),
                pipeline.readiness(householdId), residents.mayChange(Capability.HOLD_SETTLEMENT_INTERVIEW, head));
    }

    /** Whether a person has a household (the tab is shown for them). */
    @Transactional(readOnly = true)
    public boolean hasHousehold(long personId) {
        return permissions.may(Capability.READ_SETTLEMENT) && repository.householdOf(personId).isPresent();
    }

    /** Holds (first save) or edits the interview; @return its version after the save */
    @Transactional
    public void save(InterviewForm form) {
        permissions.require(Capability.HOLD_SETTLEMENT_INTERVIEW);
        long head = repository.head(form.householdId())
                .orElseThrow(() -> new ConflictException("household", form.householdId()));
        residents.requireChangeable(Capability.HOLD_SETTLEMENT_INTERVIEW, head);
        List<Member> members = repository.members(form.householdId(), today());
        check(form, members);
        String heldBy = currentUser.actorName();
        LocalDate heldOn = java.util.Objects.requireNonNull(form.heldOn());
        int rooms = java.util.Objects.requireNonNull(form.roomsNeeded());
        long id;
        Integer version = form.version();
        if (version == null) {
            if (repository.find(form.householdId()).isPresent()) {
                throw new ConflictException(ENTITY, form.householdId());
            }
            try {
                id = repository.insert(form, heldOn, rooms, heldBy);
            } catch (org.springframework.dao.DuplicateKeyException raced) {
                throw new ConflictException(ENTITY, form.householdId());
            }
        } else {
            id = repository.update(form, version, heldOn, rooms, heldBy)
                    .orElseThrow(() -> new ConflictException(ENTITY, form.householdId()));
        }
        audit.record(AuditAction.SETTLEMENT_INTERVIEW_SAVED, ENTITY, id, "household " + form.householdId()
                + ", rooms " + rooms + (form.needsAccessible() ? ", accessible" : "")
                + ", " + form.adults().size() + " adult(s)"
                + (form.neededServices().isEmpty() ? "" : ", services near home with consent"));
        pipeline.refresh(form.householdId());
    }

    private void check(InterviewForm form, List<Member> members) {
        Violations violations = new Violations();
        LocalDate heldOn = form.heldOn();
        violations.check(heldOn != null, "heldOn", "validation.required");
        violations.check(heldOn == null || !heldOn.isAfter(today()), "heldOn", "validation.date.future");
        Integer rooms = form.roomsNeeded();
        violations.check(rooms != null, "roomsNeeded", "validation.required");
        violations.check(rooms == null || (rooms >= 1 && rooms <= MAX_ROOMS), "roomsNeeded", "validation.range", 1,
                MAX_ROOMS);
        checkMunicipalities(violations, "familyTies", form.familyTies());
        checkMunicipalities(violations, "wishes", form.wishes());
        violations.check(form.neededServices().stream().allMatch(ServiceNeed::known), "neededServices",
                "validation.settlement.serviceUnknown");
        violations.check(form.neededServices().isEmpty() || form.servicesConsent(), "neededServices",
                "validation.settlement.consent");
        violations.maxLength("summary", form.summary(), MAX_SUMMARY);
        Map<Long, Member> byId = members.stream().collect(Collectors.toMap(Member::personId, Function.identity()));
        Set<Long> seen = new HashSet<>();
        for (AdultAnswers adult : form.adults()) {
            Member member = byId.get(adult.personId());
            violations.check(member != null && member.adult() && seen.add(adult.personId()), "adults",
                    "validation.settlement.adultNotInHousehold");
            violations.maxLength("education", adult.education(), MAX_TEXT);
            violations.maxLength("workExperience", adult.workExperience(), MAX_TEXT);
            violations.check(adult.languages().stream().allMatch(code -> code.matches("[a-z]{2}")), "languages",
                    "validation.settlement.language");
        }
        violations.throwIfAny();
    }

    private void checkMunicipalities(Violations violations, String field, Set<String> codes) {
        violations.check(repository.existingMunicipalities(codes).size() == codes.size(), field,
                "validation.municipality.unknown");
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
