package no.ankomst.health;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.ankomst.audit.AuditAction;
import no.ankomst.audit.AuditService;
import no.ankomst.base.ConflictException;
import no.ankomst.base.ValidationException;
import no.ankomst.base.Violations;
import no.ankomst.health.TbClinicRecords.Capacity;
import no.ankomst.health.TbClinicRecords.ClinicChange;
import no.ankomst.health.TbClinicRecords.ClinicDetail;
import no.ankomst.health.TbClinicRecords.ClinicRow;
import no.ankomst.health.TbClinicRecords.SiteOption;
import no.ankomst.security.Capability;
import no.ankomst.security.Permissions;
import no.ankomst.security.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A site's screening clinic: name, location, whether it takes bookings, its weekly capacity per weekday and test
 * type, and the days it is closed. {@link Capability#MANAGE_CLINICS}: health staff for their own sites,
 * administrators everywhere. Every change is audited as {@link AuditAction#CLINIC_CHANGED}.
 */
@Service
public class TbClinicService {

    static final String ENTITY = "tb_clinic";
    static final int MAX_CAPACITY = 1000;

    private final TbClinicRepository repository;
    private final Permissions permissions;
    private final AuditService audit;
    private final Clock clock;

    TbClinicService(TbClinicRepository repository, Permissions permissions, AuditService audit, Clock clock) {
        this.repository = repository;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
    }

    /** The clinics of the sites in the caller's scope, by site name. */
    @Transactional(readOnly = true)
    public List<ClinicRow> page(int offset, int limit) {
        Scope scope = permissions.require(Capability.MANAGE_CLINICS);
        return repository.page(scope, offset, Math.min(limit, 500));
    }

    @Transactional(readOnly = true)
    public int count() {
        return repository.count(permissions.require(Capability.MANAGE_CLINICS));
    }

    /** The sites in scope a clinic can be set up for (those that already have one say so). */
    @Transactional(readOnly = true)
    public List<SiteOption> sites() {
        return repository.sites(permissions.require(Capability.MANAGE_CLINICS));
    }

    /** A clinic with its weekly pattern and its closed days from today on. */
    @Transactional(readOnly = true)
    public Optional<ClinicDetail> clinic(long id) {
        Scope scope = permissions.require(Capability.MANAGE_CLINICS);
        return repository.find(id).filter(row -> scope.coversSite(row.siteId()))
                .map(row -> new ClinicDetail(row, repository.capacities(id),
                        repository.closedDays(id, LocalDate.now(clock))));
    }

    /**
     * The clinic of a site, with its pattern, for booking (who books may read where and when a site screens).
     */
    @Transactional(readOnly = true)
    public Optional<ClinicDetail> clinicOfSite(long siteId) {
        Scope scope = permissions.require(Capability.BOOK_SCREENING);
        if (!scope.coversSite(siteId)) {
            return Optional.empty();
        }
        return repository.ofSite(siteId).map(row -> new ClinicDetail(row, repository.capacities(row.id()),
                repository.closedDays(row.id(), LocalDate.now(clock))));
    }

    /** Sets up the clinic of a site (one per site). */
    @Transactional
    public long create(ClinicChange change) {
        Scope scope = permissions.require(Capability.MANAGE_CLINICS);
        Violations violations = new Violations();
        violations.check(change.siteId() != null, "site", "validation.required");
        boolean siteKnown = change.siteId() != null && repository.siteExists(change.siteId());
        violations.check(change.siteId() == null || siteKnown, "site", "validation.sites.unknown");
        if (siteKnown && !scope.coversSite(change.siteId())) {
            throw new AccessDeniedException("site " + change.siteId() + " is outside this user's sites");
        }
        violations.check(!siteKnown || !repository.siteHasClinic(change.siteId()), "site",
                "validation.clinic.siteHasClinic");
        validate(violations, change);
        violations.throwIfAny();
        long id;
        try {
            id = repository.insert(change.siteId(), change);
        } catch (DuplicateKeyException raced) {
            throw ValidationException.of("site", "validation.clinic.siteHasClinic");
        }
        saveSchedule(id, change);
        audit.record(AuditAction.CLINIC_CHANGED, ENTITY, id, "set up clinic " + change.name().strip() + " at site "
                + change.siteId() + summary(change));
        return id;
    }

    /** Saves name, location, state, the weekly pattern and the closed days of a clinic read at {@code version}. */
    @Transactional
    public void update(long id, int version, ClinicChange change) {
        Scope scope = permissions.require(Capability.MANAGE_CLINICS);
        ClinicRow current = repository.find(id).orElseThrow(() -> ValidationException.of("clinic",
                "validation.clinic.unknown"));
        if (!scope.coversSite(current.siteId())) {
            throw new AccessDeniedException("clinic " + id + " is outside this user's sites");
        }
        Violations violations = new Violations();
        violations.check(change.siteId() == null || change.siteId() == current.siteId(), "site",
                "validation.clinic.siteFixed");
        validate(violations, change);
        violations.throwIfAny();
        if (!repository.update(id, version, change)) {
            throw new ConflictException(ENTITY, id);
        }
        saveSchedule(id, change);
        audit.record(AuditAction.CLINIC_CHANGED, ENTITY, id, "changed clinic " + change.name().strip() + " at site "
                + current.siteId() + summary(change));
    }

    private void validate(Violations violations, ClinicChange change) {
        violations.required("name", change.name());
        violations.maxLength("name", change.name(), 120);
        violations.maxLength("location", change.location(), 200);
        Set<String> seen = new HashSet<>();
        for (Capacity capacity : change.capacities()) {
            violations.check(capacity.weekday() != null && capacity.test() != null, "weeklyCapacity",
                    "validation.required");
            violations.check(capacity.capacity() >= 0 && capacity.capacity() <= MAX_CAPACITY, "weeklyCapacity",
                    "validation.range", 0, MAX_CAPACITY);
            violations.check(seen.add(capacity.weekday() + "/" + capacity.test()), "weeklyCapacity",
                    "validation.clinic.capacityTwice");
        }
        LocalDate today = LocalDate.now(clock);
        violations.check(change.closedDays().stream().noneMatch(day -> day == null || day.isBefore(today)),
                "closedDays", "validation.clinic.closedDayPast");
    }

    private void saveSchedule(long id, ClinicChange change) {
        repository.replaceCapacities(id, change.capacities().stream().filter(c -> c.capacity() > 0).toList());
        repository.replaceClosedDays(id, LocalDate.now(clock), change.closedDays().stream().distinct().sorted()
                .toList());
    }

    private static String summary(@Nullable ClinicChange change) {
        if (change == null) {
            return "";
        }
        EnumSet<TbTest> tests = EnumSet.noneOf(TbTest.class);
        int weekly = 0;
        for (Capacity capacity : change.capacities()) {
            if (capacity.capacity() > 0) {
                tests.add(capacity.test());
                weekly += capacity.capacity();
            }
        }
        return (change.active() ? ", active" : ", inactive") + ", " + weekly + " a week ("
                + tests.stream().map(Enum::name).collect(Collectors.joining(" ")) + "), "
                + change.closedDays().size() + " closed days";
    }
}
