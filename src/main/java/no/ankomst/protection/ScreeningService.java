package no.ankomst.protection;

import static no.ankomst.protection.ScreeningFacts.APPLICATION_DATE;
import static no.ankomst.protection.ScreeningFacts.FAMILY_RELATION;
import static no.ankomst.protection.ScreeningFacts.QUALIFYING_PERSON;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.ankomst.audit.AuditAction;
import no.ankomst.audit.AuditService;
import no.ankomst.base.ConflictException;
import no.ankomst.base.ValidationException;
import no.ankomst.base.Violations;
import no.ankomst.protection.ScreeningFacts.FamilyLink;
import no.ankomst.protection.ScreeningRecords.QualifyingCandidate;
import no.ankomst.protection.ScreeningRecords.Screening;
import no.ankomst.protection.ScreeningRecords.ScreeningInput;
import no.ankomst.protection.ScreeningRecords.ScreeningSubject;
import no.ankomst.residents.ResidentRecords.HouseholdMember;
import no.ankomst.residents.ResidentRecords.ResidentDetail;
import no.ankomst.residents.ResidentAccess;
import no.ankomst.residents.ResidentService;
import no.ankomst.security.Capability;
import no.ankomst.security.CurrentUser;
import no.ankomst.security.Permissions;
import no.ankomst.security.SignedInUser;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Eligibility screening for temporary collective protection: records the facts, computes the advice with
 * the rules in force on the application date, and keeps every screening as history. Screenings are read by
 * those who read protection matters ({@link Capability#READ_PROTECTION}: not health staff, not coordinators)
 * and may see the person ({@link ResidentService#detail}); saved only for people the user may change
 * ({@link ResidentAccess}: staying at their site now, not a merged record).
 */
@Service
public class ScreeningService {

    static final String ENTITY = "eligibility_screening";

    private final ScreeningRepository repository;
    private final ScreeningEngine engine;
    private final ResidentService residents;
    private final ResidentAccess access;
    private final Permissions permissions;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    ScreeningService(ScreeningRepository repository, ScreeningEngine engine, ResidentService residents,
                     ResidentAccess access, Permissions permissions, CurrentUser currentUser, AuditService audit,
                     Clock clock) {
        this.repository = repository;
        this.engine = engine;
        this.residents = residents;
        this.access = access;
        this.permissions = permissions;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The person, their latest screening and the household members who may be their qualifying person. */
    @Transactional(readOnly = true)
    public ScreeningSubject subject(long personId) {
        permissions.require(Capability.READ_PROTECTION);
        ResidentDetail person = residents.detail(personId);
        List<HouseholdMember> others = person.household().stream().filter(m -> m.personId() != personId).toList();
        Map<Long, ScreeningOutcome> outcomes = repository.latestOutcomes(
                others.stream().map(HouseholdMember::personId).toList());
        List<QualifyingCandidate> candidates = others.stream().map(m -> new QualifyingCandidate(m.personId(), m.name(),
                outcomes.get(m.personId()), HouseholdRelations.between(person.relation(), m.relation()))).toList();
        return new ScreeningSubject(person, repository.latest(personId).orElse(null), candidates);
    }

    @Transactional(readOnly = true)
    public Optional<Screening> latest(long personId) {
        permissions.require(Capability.READ_PROTECTION);
        residents.detail(personId);
        return repository.latest(personId);
    }

    /**
     * Screens the person and saves it as their next screening.
     *
     * @param expectedVersion the number of the latest screening the caller has seen (0 for none); if someone
     *                        has screened the person since, nothing is saved
     * @throws ValidationException naming contradictory facts
     * @throws ConflictException   when the person was screened by someone else meanwhile
     */
    @Transactional
    public Screening save(long personId, ScreeningInput input, int expectedVersion) {
        access.requireChangeable(Capability.SCREEN, personId);
        SignedInUser user = currentUser.get().orElseThrow(() -> new AccessDeniedException("not signed in"));
        ResidentDetail person = residents.detail(personId);
        ScreeningFacts facts = input.facts();
        Violations violations = new Violations();
        violations.check(!facts.applicationDate().isAfter(LocalDate.now(clock)), APPLICATION_DATE,
                "validation.date.future");
        Long qualifying = input.qualifyingPersonId();
        if (qualifying != null) {
            boolean household = qualifying != personId
                    && person.household().stream().anyMatch(m -> m.personId() == qualifying);
            violations.check(household, QUALIFYING_PERSON, "validation.screening.notSameHousehold");
            FamilyLink link = facts.familyLink();
            violations.check(link != null, FAMILY_RELATION, "validation.required");
            if (household && link != null) {
                // the qualifying person's own advice, not what was typed, decides the family ground
                ScreeningOutcome theirs = repository.latestOutcomes(List.of(qualifying)).get(qualifying);
                facts = facts.toBuilder().familyLink(new FamilyLink(link.relation(), link.sameHouseholdBeforeCutOff(),
                        theirs)).build();
            }
        }
        ScreeningFactsCheck.check(facts, engine.rules(), violations);
        violations.throwIfAny();
        ScreeningAdvice advice = engine.screen(facts);

        if (repository.latestVersion(personId) != expectedVersion) {
            throw new ConflictException(ENTITY, personId);
        }
        int version = expectedVersion + 1;
        long id;
        try {
            id = repository.insert(personId, version, facts, qualifying, advice, user.id(), clock.instant());
        } catch (DuplicateKeyException raced) {
            // someone saved the same next screening between our check and the insert
            throw new ConflictException(ENTITY, personId);
        }
        audit.record(AuditAction.ELIGIBILITY_SCREENED, ENTITY, id, "screened person " + personId + " (screening "
                + version + ", applied " + facts.applicationDate() + "): " + advice.outcome()
                + (advice.ground() == null ? "" : " on " + advice.ground())
                + (advice.missingFacts().isEmpty() ? "" : ", missing " + String.join(", ", advice.missingFacts())));
        return repository.latest(personId).orElseThrow();
    }

    /** Whether the caller may save a screening of this person (the view shows the form's save only then). */
    @Transactional(readOnly = true)
    public boolean mayScreen(long personId) {
        return access.mayChange(Capability.SCREEN, personId);
    }
}
