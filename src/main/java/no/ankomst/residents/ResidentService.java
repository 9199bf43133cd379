package no.ankomst.residents;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.ankomst.accommodation.ResidentArrived;
import no.ankomst.accommodation.StayService;
import no.ankomst.audit.AuditAction;
import no.ankomst.audit.AuditEntry;
import no.ankomst.audit.AuditService;
import no.ankomst.base.ConflictException;
import no.ankomst.base.ValidationException;
import no.ankomst.base.Violations;
import no.ankomst.residents.ResidentRecords.DocumentEdit;
import no.ankomst.residents.ResidentRecords.DuplicateElsewhere;
import no.ankomst.residents.ResidentRecords.DuplicateProbe;
import no.ankomst.residents.ResidentRecords.Duplicates;
import no.ankomst.residents.ResidentRecords.NewResident;
import no.ankomst.residents.ResidentRecords.RegistrationEdit;
import no.ankomst.residents.ResidentRecords.ResidentChange;
import no.ankomst.residents.ResidentRecords.ResidentDetail;
import no.ankomst.residents.ResidentRecords.ResidentFilter;
import no.ankomst.residents.ResidentRecords.ResidentRow;
import no.ankomst.residents.ResidentListRepository.DuplicateMatch;
import no.ankomst.security.Capability;
import no.ankomst.security.CurrentUser;
import no.ankomst.security.Permissions;
import no.ankomst.security.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Residents: registration, the list, the one search box, duplicates and the detail. Every read is
 * limited to the caller's scope in the query itself.
 */
@Service
public class ResidentService {

    static final String ENTITY = "person";

    private final ResidentRepository repository;
    private final ResidentListRepository list;
    private final ResidentDetailRepository details;
    private final ResidentChangeRepository changes;
    private final StayService stays;
    private final CurrentUser currentUser;
    private final Permissions permissions;
    private final ResidentAccess access;
    private final ResidentHistoryRecords historyRecords;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ResidentService(ResidentRepository repository, ResidentListRepository list, ResidentDetailRepository details,
                    ResidentChangeRepository changes, StayService stays, CurrentUser currentUser,
                    Permissions permissions, ResidentAccess access, AuditService audit,
                    ApplicationEventPublisher events, Clock clock, ResidentHistoryRecords historyRecords) {
        this.repository = repository;
        this.list = list;
        this.details = details;
        this.changes = changes;
        this.stays = stays;
        this.currentUser = currentUser;
        this.permissions = permissions;
        this.access = access;
        this.historyRecords = historyRecords;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The result of a registration: the new person and warnings that did not stop it. */
    public record Registered(long personId, long householdId, List<String> warnings) {
    }

    /**
     * One page of the residents list. {@code total} is the count the grid already has (pages past the
     * middle are read from the end); {@code afterId}, when the grid scrolls on from a page it already
     * read, is the last person on that page, so the next page is found by seeking, not by offset.
     */
    @Transactional(readOnly = true)
    public List<ResidentRow> page(ResidentFilter filter, int offset, int limit, int total, @Nullable Long afterId) {
        return list.page(currentUser.scope(), filter, today(), offset, limit, total, afterId);
    }

    /**
     * Hands {@code work} every person the filter matches within the caller's scope, in name order, as a stream that
     * is open only while {@code work} runs (one read-only transaction, so the database cursor streams): for exports
     * of a whole list, which must never hold it in memory.
     */
    @Transactional(readOnly = true)
    public <T> T withEveryResident(ResidentFilter filter, Function<Stream<ResidentRow>, T> work) {
        try (Stream<ResidentRow> rows = list.stream(currentUser.scope(), filter, today())) {
            return work.apply(rows);
        }
    }

    @Transactional(readOnly = true)
    public int count(ResidentFilter filter) {
        return list.count(currentUser.scope(), filter, today());
    }

    @Transactional(readOnly = true)
    public List<ResidentRow> search(String text, int limit) {
        return list.search(currentUser.scope(), text.strip(), limit);
    }

    /**
     * Candidates for "this is the same person", checked while the registration is typed. People outside the
     * caller's scope are only said to exist, with whom to ask: who they are (name, birth date, numbers) is not
     * the caller's to see.
     */
    @Transactional(readOnly = true)
    public Duplicates duplicates(DuplicateProbe probe) {
        Scope scope = requireRegistrar();
        String identityNumber = null;
        if (probe.identityNumber() != null && !probe.identityNumber().isBlank()) {
            try {
                identityNumber = IdentityNumber.parse(probe.identityNumber()).value();
            } catch (InvalidIdentityNumberException invalid) {
                identityNumber = null;
            }
        }
        List<DuplicateMatch> matches = list.duplicates(scope, probe, identityNumber, 10);
        return new Duplicates(matches.stream().filter(DuplicateMatch::inScope).map(DuplicateMatch::candidate).toList(),
                matches.stream().filter(match -> !match.inScope())
                        .map(match -> new DuplicateElsewhere(match.candidate().reasons(), match.lastSite()))
                        .distinct().toList());
    }

    @Transactional(readOnly = true)
    public ResidentDetail detail(long id) {
        return details.detail(currentUser.scope(), id, permissions.may(Capability.EDIT_RESIDENT))
                .orElseThrow(() -> new AccessDeniedException("person " + id + " is not visible to this user"));
    }

    /** The head of a household (the person whose detail the "add member" flow starts from). */
    @Transactional(readOnly = true)
    public long householdHead(long householdId) {
        return repository.householdHead(householdId)
                .orElseThrow(() -> ValidationException.of("household", "validation.household.unknown"));
    }

    @Transactional
    public Registered register(NewResident resident) {
        Scope scope = requireRegistrar();
        Violations violations = new Violations();
        LocalDate today = today();
        IdentityNumber identityNumber = RegistrationValidator.check(violations, resident, scope, today, repository);
        violations.throwIfAny();

        long householdId = resident.joinHouseholdId() != null ? resident.joinHouseholdId()
                : repository.insertHousehold(resident.privateAddress());
        Relation relation = resident.joinHouseholdId() != null ? resident.relation() : Relation.HEAD;
        long personId;
        try {
            personId = repository.insertPerson(resident, resident.birthDate(), resident.sex(),
                    identityNumber == null ? null : identityNumber.value(), householdId, relation);
            if (resident.document() != null) {
                repository.insertDocument(personId, resident.document());
            }
            if (resident.registration() != null) {
                repository.insertRegistration(personId, resident.registration());
            }
        } catch (DuplicateKeyException raced) {
            // someone registered the same number between our check and the insert
            throw ValidationException.of("identityNumber", "validation.identityNumber.taken");
        }
        if (resident.siteId() != null) {
            LocalDate on = resident.arrivalDate() != null ? resident.arrivalDate() : today;
            stays.checkIn(personId, resident.siteId(), null, on);
        } else if (resident.arrivalDate() != null) {
            // arrived, with nowhere to stay yet: the clocks from arrival start all the same (the check-in publishes)
            events.publishEvent(new ResidentArrived(personId, null, resident.arrivalDate()));
        }
        audit.record(AuditAction.RESIDENT_REGISTERED, ENTITY, personId, "registered " + resident.familyName().strip()
                + ", " + resident.givenNames().strip() + " in household " + householdId);
        List<String> warnings = identityNumber == null ? List.of()
                : identityNumber.warningsAgainst(resident.birthDate());
        return new Registered(personId, householdId, warnings);
    }

    /**
     * The record of a merged duplicate lives on in another one: opening the duplicate leads there
     * (when the caller may see it).
     */
    @Transactional(readOnly = true)
    public Optional<Long> survivorOf(long id) {
        Scope scope = currentUser.scope();
        return details.survivorOf(id).filter(survivor -> details.visible(scope, survivor));
    }

    /** The person as stored now, for the edit form; only for those who may change the person. */
    @Transactional(readOnly = true)
    public ResidentChange forEdit(long id) {
        access.requireChangeable(Capability.EDIT_RESIDENT, id);
        return changes.current(id).orElseThrow(() -> new ConflictException(ENTITY, id));
    }

    /**
     * Saves an edit of the person fields, documents and police registrations, with the rules of a
     * registration. Refused with a {@link ConflictException} when someone saved the person since
     * {@code change.version()} was read.
     *
     * @return warnings that did not stop the edit (a D-number whose date is not the birth date)
     */
    @Transactional
    public List<String> update(ResidentChange change) {
        access.requireChangeable(Capability.EDIT_RESIDENT, change.id());
        ResidentChange before = changes.current(change.id())
                .orElseThrow(() -> new ConflictException(ENTITY, change.id()));
        Set<@Nullable Long> documents = before.documents().stream().map(DocumentEdit::id).collect(Collectors.toSet());
        Set<@Nullable Long> registrations = before.registrations().stream().map(RegistrationEdit::id)
                .collect(Collectors.toSet());
        // a row the form still shows but which is gone was removed by someone else
        boolean rowsStillThere = change.documents().stream().allMatch(d -> d.id() == null || documents.contains(d.id()))
                && change.registrations().stream().allMatch(r -> r.id() == null || registrations.contains(r.id()));
        if (before.version() != change.version() || !rowsStillThere) {
            throw new ConflictException(ENTITY, change.id());
        }
        Violations violations = new Violations();
        RegistrationValidator.Registry registry = changes.registryExcept(change.id());
        IdentityNumber identityNumber = RegistrationValidator.checkPerson(violations, change, today(), registry);
        ResidentEditRules.checkRows(violations, change, today(), registry);
        violations.throwIfAny();

        List<String> changed = ChangedFields.between(before, change);
        if (changed.isEmpty()) {
            return List.of();
        }
        try {
            if (!changes.updatePerson(change, identityNumber == null ? null : identityNumber.value(), clock.instant())) {
                throw new ConflictException(ENTITY, change.id());
            }
            changes.replaceDocuments(change.id(), change.documents());
            changes.replaceRegistrations(change.id(), change.registrations());
        } catch (DuplicateKeyException raced) {
            // registered for someone else between our check and the write
            throw ResidentEditRules.explain(raced);
        }
        audit.record(AuditAction.RESIDENT_CHANGED, ENTITY, change.id(), "changed " + String.join(", ", changed));
        return identityNumber == null || change.birthDate() == null ? List.of()
                : identityNumber.warningsAgainst(change.birthDate());
    }

    /**
     * One resident's history, newest first: the audit lines of the person, duplicates merged into them,
     * their household and their stays, and what other features add ({@link ResidentHistorySource}: each
     * leaves out what the user may not read). Whoever may see the person may see residents' own lines.
     */
    @Transactional(readOnly = true)
    public List<AuditEntry> history(long id, int offset, int limit) {
        if (!details.visible(currentUser.scope(), id)) {
            throw new AccessDeniedException("person " + id + " is not visible to this user");
        }
        return audit.trailOf(historyRecords.of(id), offset, limit);
    }

    // ---- national identity number (recorded by the protection case after a grant) ---------------------

    /**
     * Gives the person the fødselsnummer assigned after a grant. The number they had (usually the D-number)
     * is kept in their history. Joins the caller's transaction, so a refused grant leaves the number as it was.
     */
    @Transactional
    public void recordNationalIdentityNumber(long personId, String number, LocalDate on) {
        access.requireChangeable(Capability.WORK_CASES, personId);
        IdentityNumber fodselsnummer = nationalIdentityNumber(number);
        String former = repository.identityNumberOf(personId).orElse(null);
        if (fodselsnummer.value().equals(former)) {
            return;
        }
        if (repository.identityNumberTaken(fodselsnummer.value())) {
            throw ValidationException.of("identityNumber", "validation.identityNumber.taken");
        }
        try {
            repository.replaceIdentityNumber(personId, former, fodselsnummer.value(), on, clock.instant());
        } catch (DuplicateKeyException raced) {
            throw ValidationException.of("identityNumber", "validation.identityNumber.taken");
        }
        audit.record(AuditAction.IDENTITY_NUMBER_REPLACED, ENTITY, personId, "national identity number recorded"
                + (former == null ? "" : ", the former number kept in the history") + ", effective " + on);
    }

    /** Checks a number as a fødselsnummer (not a D- or H-number); the field is {@code identityNumber}. */
    public static IdentityNumber nationalIdentityNumber(String number) {
        IdentityNumber parsed;
        try {
            parsed = IdentityNumber.parse(number);
        } catch (InvalidIdentityNumberException invalid) {
            throw ValidationException.of("identityNumber", invalid.reason().key());
        }
        if (parsed.kind() != IdentityNumber.Kind.FODSELSNUMMER) {
            throw ValidationException.of("identityNumber", "validation.identityNumber.notFodselsnummer");
        }
        return parsed;
    }

    /** The numbers the person had before the current one, oldest first. */
    @Transactional(readOnly = true)
    public List<String> formerIdentityNumbers(long personId) {
        if (!details.visible(currentUser.scope(), personId)) {
            throw new AccessDeniedException("person " + personId + " is not visible to this user");
        }
        return repository.formerIdentityNumbers(personId);
    }

    /** Registration is for administrators and reception-centre staff. */
    private Scope requireRegistrar() {
        return permissions.require(Capability.REGISTER);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

}
