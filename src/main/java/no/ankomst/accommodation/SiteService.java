package no.ankomst.accommodation;

import java.util.List;
import no.ankomst.accommodation.SiteRecords.NewSite;
import no.ankomst.accommodation.SiteRecords.SiteRow;
import no.ankomst.audit.AuditAction;
import no.ankomst.audit.AuditService;
import no.ankomst.base.ValidationException;
import no.ankomst.base.Violations;
import no.ankomst.security.Capability;
import no.ankomst.security.CurrentUser;
import no.ankomst.security.Permissions;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accommodation sites. Everyone signed in reads the sites of their own scope; only administrators
 * create them. Units, beds and occupancy come with the accommodation feature proper.
 */
@Service
public class SiteService {

    static final String ENTITY = "site";

    private final SiteRepository repository;
    private final CurrentUser currentUser;
    private final Permissions permissions;
    private final AuditService audit;

    SiteService(SiteRepository repository, CurrentUser currentUser, Permissions permissions, AuditService audit) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.permissions = permissions;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<SiteRow> visibleSites() {
        return repository.visibleTo(currentUser.scope());
    }

    /**
     * Every active site, as the target of a transfer: staff move people on to sites they do not cover
     * (the arrival centre sends everyone somewhere else), so the names of all sites are offered.
     */
    @Transactional(readOnly = true)
    public List<SiteRow> transferTargets() {
        return repository.active();
    }

    @Transactional
    public long create(NewSite site) {
        permissions.require(Capability.ADMINISTER);
        Violations violations = new Violations();
        violations.required("name", site.name());
        violations.maxLength("name", site.name(), 120);
        violations.check(site.name() == null || site.name().isBlank() || !repository.nameTaken(site.name().strip()),
                "name", "validation.site.nameTaken");
        violations.check(site.type() != null, "type", "validation.required");
        violations.check(site.municipalityCode() != null, "municipality", "validation.required");
        violations.check(site.municipalityCode() == null || repository.municipalityExists(site.municipalityCode()),
                "municipality", "validation.municipality.unknown");
        violations.maxLength("address", site.address(), 200);
        violations.maxLength("operator", site.operator(), 120);
        int capacity = site.capacity() == null ? 0 : site.capacity();
        violations.check(capacity >= 0 && capacity <= 100_000, "capacity", "validation.range", 0, 100_000);
        violations.throwIfAny();
        long id;
        try {
            id = repository.insert(site, site.type(), site.municipalityCode(), capacity);
        } catch (DuplicateKeyException raced) {
            throw ValidationException.of("name", "validation.site.nameTaken");
        }
        audit.record(AuditAction.SITE_CREATED, ENTITY, id,
                "created " + site.type() + " " + site.name().strip() + " in " + site.municipalityCode());
        return id;
    }
}
