package no.ankomst.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import no.ankomst.AnkomstTest;
import no.ankomst.audit.AuditFilter;
import no.ankomst.audit.AuditService;
import no.ankomst.base.ConflictException;
import no.ankomst.base.PageRequest;
import no.ankomst.base.ValidationException;
import no.ankomst.security.UserRecords.NewUser;
import no.ankomst.security.UserRecords.UserChange;
import no.ankomst.security.UserRecords.UserDetail;
import no.ankomst.security.UserRecords.UserFilter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;

@AnkomstTest
@WithUserDetails("admin")
class UserServiceTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String PASSWORD = "correct-horse-battery";

    @Autowired
    UserService users;
    @Autowired
    UserRepository repository;
    @Autowired
    AuditService audit;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    LoginThrottleRepository throttle;
    @Autowired
    java.time.Clock clock;

    private static String uniqueName() {
        return "svc-user-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
    }

    private long anySiteId() {
        return Long.parseLong(users.siteOptions().getFirst().key());
    }

    @Test
    void creates_centre_staff_tied_to_a_site_with_a_hashed_password_and_an_audit_line() {
        String username = uniqueName();
        long siteId = anySiteId();

        long id = users.create(new NewUser(username, "Olena Kovalenko", Role.CENTRE_STAFF, Set.of(siteId), null,
                PASSWORD));

        UserDetail saved = users.get(id);
        assertThat(saved.username()).isEqualTo(username);
        assertThat(saved.role()).isEqualTo(Role.CENTRE_STAFF);
        assertThat(saved.siteIds()).containsExactly(siteId);
        SignedInUser login = repository.findForLogin(username).orElseThrow();
        assertThat(login.getPassword()).startsWith("{bcrypt}").doesNotContain(PASSWORD);
        assertThat(encoder.matches(PASSWORD, login.getPassword())).isTrue();
        assertThat(audit.page(new AuditFilter("admin", "USER_CREATED", null, null), 0, 50))
                .anySatisfy(entry -> assertThat(entry.entityId()).isEqualTo(String.valueOf(id)));
    }

    @Test
    void a_duplicate_username_is_refused_naming_the_field() {
        String username = uniqueName();
        users.create(new NewUser(username, "First", Role.MANAGER, Set.of(), null, PASSWORD));

        assertThatThrownBy(() -> users.create(new NewUser(username, "Second", Role.MANAGER, Set.of(), null, PASSWORD)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(ValidationException.Violation::field, ValidationException.Violation::ruleKey)
                        .containsExactly(tuple("username", "validation.username.taken")));
        assertThat(users.count(new UserFilter(username, null, true, false))).isEqualTo(1);
    }

    @Test
    void a_staff_user_without_a_site_is_refused_and_nothing_is_saved() {
        String username = uniqueName();

        assertThatThrownBy(() -> users.create(new NewUser(username, "No Site", Role.HEALTH_STAFF, Set.of(), null,
                PASSWORD)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(ValidationException.Violation::field).containsExactly("sites"));
        assertThat(repository.usernameExists(username)).isFalse();
    }

    @Test
    void a_coordinator_without_a_municipality_is_refused_and_nothing_is_saved() {
        String username = uniqueName();

        assertThatThrownBy(() -> users.create(new NewUser(username, "No Municipality", Role.SETTLEMENT_COORDINATOR,
                Set.of(), null, PASSWORD)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(ValidationException.Violation::ruleKey)
                        .containsExactly("validation.municipality.required"));
        assertThat(repository.usernameExists(username)).isFalse();
    }

    @Test
    void empty_and_too_long_fields_are_each_named() {
        assertThatThrownBy(() -> users.create(new NewUser("", "x".repeat(101), null, Set.of(), null, "short")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(ValidationException.Violation::field, ValidationException.Violation::ruleKey)
                        .containsExactlyInAnyOrder(
                                tuple("username", "validation.required"),
                                tuple("fullName", "validation.maxLength"),
                                tuple("role", "validation.required"),
                                tuple("password", "validation.password.length")));
    }

    @Test
    void a_username_with_capitals_or_spaces_is_refused() {
        assertThatThrownBy(() -> users.create(new NewUser("Ola Nordmann", "Ola", Role.MANAGER, Set.of(), null,
                PASSWORD)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(ValidationException.Violation::ruleKey).containsExactly("validation.username"));
    }

    @Test
    void a_coordinator_is_tied_to_the_municipality_given() {
        long id = users.create(new NewUser(uniqueName(), "Kari", Role.SETTLEMENT_COORDINATOR, Set.of(), "4601",
                PASSWORD));

        assertThat(users.get(id).municipalityCode()).isEqualTo("4601");
        assertThat(users.page(new UserFilter(users.get(id).username(), null, true, false),
                new PageRequest(0, 10, java.util.List.of())))
                .singleElement().satisfies(row -> assertThat(row.scopeNames()).containsExactly("Bergen"));
    }

    @Test
    void a_stale_edit_is_a_conflict_not_an_overwrite() {
        long id = users.create(new NewUser(uniqueName(), "Before", Role.MANAGER, Set.of(), null, PASSWORD));
        UserDetail read = users.get(id);
        users.update(new UserChange(id, read.version(), "First edit", Role.MANAGER, Set.of(), null));

        assertThatThrownBy(() -> users.update(new UserChange(id, read.version(), "Second edit", Role.MANAGER,
                Set.of(), null))).isInstanceOf(ConflictException.class);
        assertThat(users.get(id).fullName()).isEqualTo("First edit");
    }

    @Test
    void changing_role_to_coordinator_drops_the_sites() {
        long siteId = anySiteId();
        long id = users.create(new NewUser(uniqueName(), "Mover", Role.CENTRE_STAFF, Set.of(siteId), null, PASSWORD));

        users.update(new UserChange(id, users.get(id).version(), "Mover", Role.SETTLEMENT_COORDINATOR, Set.of(),
                "0301"));

        UserDetail after = users.get(id);
        assertThat(after.siteIds()).isEmpty();
        assertThat(after.municipalityCode()).isEqualTo("0301");
    }

    @Test
    void deactivating_prevents_login_and_reset_password_unlocks() {
        String username = uniqueName();
        long id = users.create(new NewUser(username, "Leaver", Role.MANAGER, Set.of(), null, PASSWORD));

        users.deactivate(id, users.get(id).version());
        assertThat(repository.findForLogin(username).orElseThrow().isEnabled()).isFalse();

        throttle.recordFailure(username, "192.0.2.1", clock.instant(), 1, java.time.Duration.ofMinutes(15));
        users.reactivate(id, users.get(id).version());
        assertThat(users.countLockedOut()).isPositive();
        assertThat(throttle.locked(username, "192.0.2.1", clock.instant())).isTrue();
        users.resetPassword(id, users.get(id).version(), "a-brand-new-password");
        SignedInUser after = repository.findForLogin(username).orElseThrow();
        assertThat(after.isEnabled()).isTrue();
        assertThat(throttle.locked(username, "192.0.2.1", clock.instant())).isFalse();
        assertThat(encoder.matches("a-brand-new-password", after.getPassword())).isTrue();
    }
}
