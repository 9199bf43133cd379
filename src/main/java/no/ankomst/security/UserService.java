package no.ankomst.security;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import no.ankomst.audit.AuditAction;
import no.ankomst.audit.AuditService;
import no.ankomst.base.ConflictException;
import no.ankomst.base.PageRequest;
import no.ankomst.base.ValidationException;
import no.ankomst.base.Violations;
import no.ankomst.security.UserRecords.NewUser;
import no.ankomst.security.UserRecords.ScopeOption;
import no.ankomst.security.UserRecords.UserChange;
import no.ankomst.security.UserRecords.UserDetail;
import no.ankomst.security.UserRecords.UserFilter;
import no.ankomst.security.UserRecords.UserRow;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** User administration: only administrators; every change is audited in the same transaction. */
@Service
public class UserService {

    static final String ENTITY = "user";
    static final int MIN_PASSWORD = 12;
    static final int MAX_PASSWORD = 128;

    private final UserRepository repository;
    private final LoginThrottleRepository throttle;
    private final PasswordEncoder passwordEncoder;
    private final AuditService audit;
    private final Clock clock;
    private final Permissions permissions;

    UserService(UserRepository repository, LoginThrottleRepository throttle, PasswordEncoder passwordEncoder,
                AuditService audit, Clock clock, Permissions permissions) {
        this.repository = repository;
        this.throttle = throttle;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.clock = clock;
        this.permissions = permissions;
    }

    @Transactional(readOnly = true)
    public List<UserRow> page(UserFilter filter, PageRequest page) {
        permissions.require(Capability.ADMINISTER);
        return repository.page(filter, page, clock.instant());
    }

    @Transactional(readOnly = true)
    public int count(UserFilter filter) {
        permissions.require(Capability.ADMINISTER);
        return repository.count(filter, clock.instant());
    }

    @Transactional(readOnly = true)
    public UserDetail get(long id) {
        permissions.require(Capability.ADMINISTER);
        return repository.find(id).orElseThrow(() -> new ConflictException(ENTITY, id));
    }

    @Transactional(readOnly = true)
    public int countLockedOut() {
        permissions.require(Capability.ADMINISTER);
        return count(UserFilter.lockedOut());
    }

    @Transactional(readOnly = true)
    public List<ScopeOption> siteOptions() {
        permissions.require(Capability.ADMINISTER);
        return repository.siteOptions();
    }

    @Transactional(readOnly = true)
    public List<ScopeOption> municipalityOptions() {
        permissions.require(Capability.ADMINISTER);
        return repository.municipalityOptions();
    }

    @Transactional(readOnly = true)
    public List<ScopeOption> countyOptions() {
        permissions.require(Capability.ADMINISTER);
        return repository.countyOptions();
    }

    @Transactional
    public long create(NewUser user) {
        permissions.require(Capability.ADMINISTER);
        Violations violations = new Violations();
        String username = user.username().strip();
        violations.required("username", username);
        violations.check(username.isEmpty() || username.matches("[a-z0-9._-]{3,40}"), "username",
                "validation.username");
        violations.check(username.isEmpty() || !repository.usernameExists(username), "username",
                "validation.username.taken");
        checkPerson(violations, user.fullName(), user.role(), user.siteIds(), user.municipalityCode());
        checkCounties(violations, user.role(), user.countyCodes());
        checkPassword(violations, user.password());
        violations.throwIfAny();

        Role role = requireRole(user.role());
        long id;
        try {
            id = repository.insert(new NewUser(username, user.fullName(), role, user.siteIds(),
                    user.municipalityCode(), user.password(), user.countyCodes()), role,
                    passwordEncoder.encode(user.password()), clock.instant());
        } catch (DuplicateKeyException raced) {
            throw ValidationException.of("username", "validation.username.taken");
        }
        audit.record(AuditAction.USER_CREATED, ENTITY, id,
                "created " + username + " as " + role
                        + scopeSummary(user.siteIds(), user.municipalityCode(), user.countyCodes()));
        return id;
    }

    @Transactional
    public void update(UserChange change) {
        permissions.require(Capability.ADMINISTER);
        Violations violations = new Violations();
        checkPerson(violations, change.fullName(), change.role(), change.siteIds(), change.municipalityCode());
        checkCounties(violations, change.role(), change.countyCodes());
        violations.throwIfAny();
        Role role = requireRole(change.role());
        if (!repository.update(change, role, clock.instant())) {
            throw new ConflictException(ENTITY, change.id());
        }
        audit.record(AuditAction.USER_CHANGED, ENTITY, change.id(),
                "changed to " + role + scopeSummary(change.siteIds(), change.municipalityCode(), change.countyCodes())
                        + ", name " + change.fullName().strip());
    }

    @Transactional
    public void deactivate(long id, int version) {
        permissions.require(Capability.ADMINISTER);
        setActive(id, version, false);
    }

    @Transactional
    public void reactivate(long id, int version) {
        permissions.require(Capability.ADMINISTER);
        setActive(id, version, true);
    }

    /** A new password also lifts the account's lockouts: the administrator has checked who asks. */
    @Transactional
    public void resetPassword(long id, int version, String newPassword) {
        permissions.require(Capability.ADMINISTER);
        Violations violations = new Violations();
        checkPassword(violations, newPassword);
        violations.throwIfAny();
        if (!repository.setPassword(id, version, passwordEncoder.encode(newPassword), clock.instant())) {
            throw new ConflictException(ENTITY, id);
        }
        throttle.clearAccount(get(id).username());
        audit.record(AuditAction.USER_PASSWORD_RESET, ENTITY, id, "password reset by an administrator");
    }

    private void setActive(long id, int version, boolean active) {
        if (!repository.setActive(id, version, active, clock.instant())) {
            throw new ConflictException(ENTITY, id);
        }
        audit.record(active ? AuditAction.USER_REACTIVATED : AuditAction.USER_DEACTIVATED, ENTITY, id,
                active ? "reactivated" : "deactivated");
    }

    private void checkPerson(Violations violations, @Nullable String fullName, @Nullable Role role,
                             Set<Long> siteIds, @Nullable String municipalityCode) {
        violations.required("fullName", fullName);
        violations.maxLength("fullName", fullName == null ? null : fullName.strip(), 100);
        if (role == null) {
            violations.add("role", "validation.required");
            return;
        }
        if (role.isSiteScoped()) {
            violations.check(!siteIds.isEmpty(), "sites", "validation.sites.required");
            violations.check(repository.existingSiteIds(siteIds).size() == siteIds.size(), "sites",
                    "validation.sites.unknown");
        } else {
            violations.check(siteIds.isEmpty(), "sites", "validation.sites.notForRole");
        }
        if (role.isMunicipalityScoped()) {
            violations.check(municipalityCode != null, "municipality", "validation.municipality.required");
            violations.check(municipalityCode == null || repository.municipalityExists(municipalityCode),
                    "municipality", "validation.municipality.unknown");
        } else {
            violations.check(municipalityCode == null, "municipality", "validation.municipality.notForRole");
        }
    }

    /** A settlement officer works for at least one county; nobody else is tied to counties. */
    private void checkCounties(Violations violations, @Nullable Role role, Set<String> countyCodes) {
        if (role == null) {
            return;
        }
        if (role.isCountyScoped()) {
            violations.check(!countyCodes.isEmpty(), "counties", "validation.counties.required");
            violations.check(repository.existingCountyCodes(countyCodes).size() == countyCodes.size(), "counties",
                    "validation.counties.unknown");
        } else {
            violations.check(countyCodes.isEmpty(), "counties", "validation.counties.notForRole");
        }
    }

    private static void checkPassword(Violations violations, @Nullable String password) {
        violations.required("password", password);
        if (password != null && !password.isEmpty()) {
            violations.check(password.length() >= MIN_PASSWORD && password.length() <= MAX_PASSWORD, "password",
                    "validation.password.length", MIN_PASSWORD, MAX_PASSWORD);
        }
    }

    private static Role requireRole(@Nullable Role role) {
        if (role == null) {
            throw ValidationException.of("role", "validation.required");
        }
        return role;
    }

    private static String scopeSummary(Set<Long> siteIds, @Nullable String municipalityCode, Set<String> counties) {
        if (!siteIds.isEmpty()) {
            return ", sites " + siteIds.stream().sorted().toList();
        }
        if (!counties.isEmpty()) {
            return ", counties " + counties.stream().sorted().toList();
        }
        return municipalityCode == null ? "" : ", municipality " + municipalityCode;
    }
}
