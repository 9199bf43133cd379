package no.ankomst.accommodation;

import java.util.List;
import no.ankomst.accommodation.UnitRecords.NewBed;
import no.ankomst.accommodation.UnitRecords.UnitRow;
import no.ankomst.audit.AuditAction;
import no.ankomst.audit.AuditService;
import no.ankomst.base.ConflictException;
import no.ankomst.base.ValidationException;
import no.ankomst.base.Violations;
import no.ankomst.security.Capability;
import no.ankomst.security.CurrentUser;
import no.ankomst.security.Permissions;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Units and beds of a site. Administrators and the centre staff of that site change them; everyone
 * whose scope covers the site reads them.
 */
@Service
public class UnitService {

    static final String UNIT = "unit";
    static final String BED = "bed";

    private final UnitRepository repository;
    private final CurrentUser currentUser;
    private final Permissions permissions;
    private final AuditService audit;

    UnitService(UnitRepository repository, CurrentUser currentUser, Permissions permissions, AuditService audit) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.permissions = permissions;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<UnitRow> units(long siteId) {
        requireScope(siteId);
        return repository.unitsOf(siteId);
    }

    @Transactional
    public long createUnit(long siteId, String name) {
        permissions.require(Capability.MANAGE_UNITS);
        requireScope(siteId);
        Violations violations = new Violations();
        violations.check(repository.siteExists(siteId), "site", "validation.sites.unknown");
        violations.required("name", name);
        violations.maxLength("name", name, 60);
        violations.check(name == null || name.isBlank() || !repository.unitNameTaken(siteId, name.strip()),
                "name", "validation.unit.nameTaken");
        violations.throwIfAny();
        long id;
        try {
            id = repository.insertUnit(siteId, name.strip());
        } catch (DuplicateKeyException raced) {
            throw ValidationException.of("name", "validation.unit.nameTaken");
        }
        audit.record(AuditAction.UNIT_CREATED, UNIT, id, "created unit " + name.strip() + " at site " + siteId);
        return id;
    }

    @Transactional
    public long addBed(long unitId, NewBed bed) {
        permissions.require(Capability.MANAGE_UNITS);
        long siteId = repository.siteOfUnit(unitId).orElseThrow(() -> new ConflictException(UNIT, unitId));
        requireScope(siteId);
        Violations violations = new Violations();
        violations.required("label", bed.label());
        violations.maxLength("label", bed.label(), 30);
        violations.check(bed.label() == null || bed.label().isBlank()
                || !repository.bedLabelTaken(unitId, bed.label().strip()), "label", "validation.bed.labelTaken");
        violations.throwIfAny();
        long id;
        try {
            id = repository.insertBed(unitId, bed);
        } catch (DuplicateKeyException raced) {
            throw ValidationException.of("label", "validation.bed.labelTaken");
        }
        audit.record(AuditAction.BED_CREATED, BED, id, "added bed " + bed.label().strip() + " to unit " + unitId
                + (bed.accessible() ? ", accessible" : "") + (bed.childBed() ? ", child bed" : ""));
        return id;
    }

    /** A blocked bed (broken, being cleaned, quarantine) is offered to nobody; who sleeps in it stays. */
    @Transactional
    public void blockBed(long bedId, int version) {
        permissions.require(Capability.MANAGE_UNITS);
        setBlocked(bedId, version, true);
    }

    @Transactional
    public void unblockBed(long bedId, int version) {
        permissions.require(Capability.MANAGE_UNITS);
        setBlocked(bedId, version, false);
    }

    private void setBlocked(long bedId, int version, boolean blocked) {
        long siteId = repository.siteOfBed(bedId).orElseThrow(() -> new ConflictException(BED, bedId));
        requireScope(siteId);
        if (!repository.setBlocked(bedId, version, blocked)) {
            throw new ConflictException(BED, bedId);
        }
        audit.record(blocked ? AuditAction.BED_BLOCKED : AuditAction.BED_UNBLOCKED, BED, bedId,
                (blocked ? "blocked" : "unblocked") + " bed " + bedId);
    }

    private void requireScope(long siteId) {
        if (!currentUser.scope().coversSite(siteId)) {
            throw new AccessDeniedException("site " + siteId + " is outside the user's scope");
        }
    }
}
