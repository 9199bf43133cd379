package no.ankomst.security;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.ankomst.security.UserRecords.NewUser;
import no.ankomst.security.UserRecords.ScopeOption;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One demo user per role, only in the demo profile (the README lists them). Added once; a password
 * changed in the app stays changed.
 */
@Component
@Profile("demo")
@Order(20)
class DemoUsers implements ApplicationRunner {

    static final String PASSWORD = "ankomst-demo-2026";

    private final UserRepository repository;
    private final PasswordEncoder encoder;
    private final Clock clock;

    DemoUsers(UserRepository repository, PasswordEncoder encoder, Clock clock) {
        this.repository = repository;
        this.encoder = encoder;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Set<Long> rade = sites("Nasjonalt ankomstsenter Råde");
        Set<Long> haugesundAndOslo = sites("Haugesund mottak", "Oslo akuttinnkvartering Alna");
        List<NewUser> users = List.of(
                new NewUser("admin", "Ada Administrator", Role.ADMIN, Set.of(), null, PASSWORD),
                new NewUser("manager", "Mona Leder", Role.MANAGER, Set.of(), null, PASSWORD),
                new NewUser("staff", "Sindre Mottaksansatt", Role.CENTRE_STAFF, rade, null, PASSWORD),
                new NewUser("health", "Hanne Helsesøster", Role.HEALTH_STAFF, haugesundAndOslo, null, PASSWORD),
                new NewUser("coordinator", "Kari Bosettingskoordinator", Role.SETTLEMENT_COORDINATOR, Set.of(),
                        "0301", PASSWORD),
                // the officer's counties hold the arrival centre (Råde, Østfold) and the coordinator's Oslo, so
                // a demo proposal can go from one to the other
                new NewUser("officer", "Omar Bosettingsrådgiver", Role.SETTLEMENT_OFFICER, Set.of(), null,
                        PASSWORD, Set.of("31", "03")));
        for (NewUser user : users) {
            if (!repository.usernameExists(user.username())) {
                repository.insert(user, user.role(), encoder.encode(user.password()), clock.instant());
            }
        }
    }

    private Set<Long> sites(String... names) {
        Set<String> wanted = Set.of(names);
        return repository.siteOptions().stream().filter(option -> wanted.contains(option.name()))
                .map(ScopeOption::key).map(Long::valueOf).collect(Collectors.toSet());
    }
}
