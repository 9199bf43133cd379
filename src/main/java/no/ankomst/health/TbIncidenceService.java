package no.ankomst.health;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.ankomst.audit.AuditAction;
import no.ankomst.audit.AuditService;
import no.ankomst.base.ValidationException;
import no.ankomst.base.Violations;
import no.ankomst.security.Capability;
import no.ankomst.security.Permissions;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People's TB incidence class (FHI's list, dated) for choosing their test ({@link TbRules#testFor}): the highest
 * class of their citizenships valid on the day; a country not on the list is low. The class says nothing about
 * health, but it comes from citizenship, so it is only for those who book or record screenings. Administrators
 * keep the list ({@link #change}); they and clinic keepers may read it.
 */
@Service
public class TbIncidenceService {

    static final String ENTITY = "tb_incidence";
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final TbIncidenceRepository repository;
    private final Permissions permissions;
    private final AuditService audit;

    TbIncidenceService(TbIncidenceRepository repository, Permissions permissions, AuditService audit) {
        this.repository = repository;
        this.permissions = permissions;
        this.audit = audit;
    }

    /** The dated list by country and start; {@code countryFilter}, a code, narrows it when not blank. */
    @Transactional(readOnly = true)
    public List<IncidenceRow> list(@Nullable String countryFilter) {
        if (!permissions.may(Capability.ADMINISTER) && !permissions.may(Capability.MANAGE_CLINICS)) {
            throw new AccessDeniedException("the incidence list is for administrators and clinic keepers");
        }
        String country = countryFilter == null || countryFilter.isBlank() ? null
                : countryFilter.strip().toUpperCase(Locale.ROOT);
        return repository.list(country);
    }

    /**
     * From {@code from} on, {@code country} has {@code incidence}: its open entry ends on that day and a new one
     * starts ({@link Incidence#LOW}: the open entry ends, nothing starts). An entry starting on or after
     * {@code from}, or a closed one reaching past it, is refused: the list is changed forward only.
     */
    @Transactional
    public void change(@Nullable String country, @Nullable Incidence incidence, @Nullable LocalDate from) {
        permissions.require(Capability.ADMINISTER);
        String code = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
        Violations violations = new Violations();
        violations.required("country", code);
        violations.check(code.isEmpty() || COUNTRIES.contains(code), "country", "validation.country.unknown",
                code);
        violations.check(incidence != null, "incidence", "validation.required");
        violations.check(from != null, "validFrom", "validation.required");
        violations.throwIfAny();
        Optional<IncidenceRow> open = repository.lockOpen(code);
        if (open.isPresent() && !open.get().validFrom().isBefore(from)) {
            throw ValidationException.of("validFrom", "validation.incidence.overlaps");
        }
        if (repository.reaches(code, from, open.map(IncidenceRow::id).orElse(null))) {
            throw ValidationException.of("validFrom", "validation.incidence.overlaps");
        }
        open.ifPresent(row -> repository.close(row.id(), from));
        String previous = open.map(row -> row.incidence().name()).orElse(Incidence.LOW.name());
        Object entityId = open.map(IncidenceRow::id).orElse(null);
        if (incidence != Incidence.LOW) {
            entityId = repository.insert(code, incidence, from);
        }
        audit.record(AuditAction.TB_INCIDENCE_CHANGED, ENTITY, entityId == null ? code : entityId,
                code + " " + previous + " -> " + incidence.name() + " from " + from);
    }

    /** Each person's class on {@code day}; unknown ids are left out. */
    @Transactional(readOnly = true)
    public Map<Long, Incidence> incidenceOf(Collection<Long> personIds, LocalDate day) {
        if (!permissions.may(Capability.BOOK_SCREENING) && !permissions.may(Capability.RECORD_HEALTH)) {
            throw new AccessDeniedException("incidence classes are for those who book or record screenings");
        }
        if (personIds.isEmpty()) {
            return Map.of();
        }
        return repository.incidenceOf(personIds, day);
    }
}
