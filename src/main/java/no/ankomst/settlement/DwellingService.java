package no.ankomst.settlement;

import java.util.List;
import java.util.Set;
import no.ankomst.audit.AuditAction;
import no.ankomst.audit.AuditService;
import no.ankomst.base.ConflictException;
import no.ankomst.base.Violations;
import no.ankomst.security.Capability;
import no.ankomst.security.Permissions;
import no.ankomst.security.Scope;
import no.ankomst.settlement.DwellingRecords.DwellingForm;
import no.ankomst.settlement.DwellingRecords.DwellingRow;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dwellings a municipality offers (rooms, persons, accessible, available from) and the services it offers near
 * home: the coordinator's, for their own municipality only. A dwelling reserved or used by a settlement is no longer
 * theirs to change here.
 */
@Service
public class DwellingService {

    static final String ENTITY = "dwelling";
    static final String SERVICES_ENTITY = "municipality_service";

    private final DwellingRepository repository;
    private final Permissions permissions;
    private final AuditService audit;

    DwellingService(DwellingRepository repository, Permissions permissions, AuditService audit) {
        this.repository = repository;
        this.permissions = permissions;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<DwellingRow> page(boolean withWithdrawn, int offset, int limit) {
        return repository.page(permissions.require(Capability.DECIDE_SETTLEMENT), withWithdrawn, offset, limit);
    }

    @Transactional(readOnly = true)
    public int count(boolean withWithdrawn) {
        return repository.count(permissions.require(Capability.DECIDE_SETTLEMENT), withWithdrawn);
    }

    @Transactional
    public long offer(DwellingForm form) {
        String municipality = ownMunicipality();
        check(form);
        long id = repository.insert(municipality, form);
        audit.record(AuditAction.DWELLING_OFFERED, ENTITY, id, summary(municipality, form));
        return id;
    }

    @Transactional
    public void change(DwellingForm form) {
        Scope scope = permissions.require(Capability.DECIDE_SETTLEMENT);
        long id = requireOwn(scope, form.id());
        check(form);
        if (!repository.update(scope, form)) {
            throw new ConflictException(ENTITY, id);
        }
        audit.record(AuditAction.DWELLING_CHANGED, ENTITY, id, summary(scope.municipalityCode(), form));
    }

    @Transactional
    public void withdraw(long id, int version) {
        Scope scope = permissions.require(Capability.DECIDE_SETTLEMENT);
        requireOwn(scope, id);
        if (!repository.withdraw(scope, id, version)) {
            throw new ConflictException(ENTITY, id);
        }
        audit.record(AuditAction.DWELLING_WITHDRAWN, ENTITY, id, "withdrawn");
    }

    @Transactional(readOnly = true)
    public Set<String> services() {
        return repository.services(ownMunicipality());
    }

    @Transactional
    public void setServices(Set<String> codes) {
        String municipality = ownMunicipality();
        Violations violations = new Violations();
        violations.check(codes.stream().allMatch(ServiceNeed::known), "services", "validation.settlement.serviceUnknown");
        violations.throwIfAny();
        repository.replaceServices(municipality, codes);
        audit.record(AuditAction.MUNICIPALITY_SERVICES_CHANGED, SERVICES_ENTITY, municipality,
                "services near home: " + codes.stream().sorted().toList());
    }

    private String ownMunicipality() {
        String municipality = permissions.require(Capability.DECIDE_SETTLEMENT).municipalityCode();
        if (municipality == null) {
            throw new AccessDeniedException("a coordinator without a municipality");
        }
        return municipality;
    }

    /** A dwelling of another municipality is refused as if it did not exist. */
    private long requireOwn(Scope scope, @org.jspecify.annotations.Nullable Long id) {
        if (id == null || repository.state(scope, id).isEmpty()) {
            throw new AccessDeniedException("dwelling " + id + " is not this coordinator's");
        }
        return id;
    }

    private static void check(DwellingForm form) {
        Violations violations = new Violations();
        violations.required("label", form.label());
        violations.maxLength("label", form.label() == null ? null : form.label().strip(), 200);
        violations.check(form.rooms() != null, "rooms", "validation.required");
        violations.check(form.rooms() == null || (form.rooms() >= 1 && form.rooms() <= 20), "rooms",
                "validation.range", 1, 20);
        violations.check(form.persons() != null, "persons", "validation.required");
        violations.check(form.persons() == null || (form.persons() >= 1 && form.persons() <= 30), "persons",
                "validation.range", 1, 30);
        violations.check(form.availableFrom() != null, "availableFrom", "validation.required");
        violations.throwIfAny();
    }

    private static String summary(@org.jspecify.annotations.Nullable String municipality, DwellingForm form) {
        return municipality + ": " + form.label() + ", " + form.rooms() + " rooms, " + form.persons() + " persons"
                + (form.accessible() ? ", accessible" : "") + ", from " + form.availableFrom();
    }
}
