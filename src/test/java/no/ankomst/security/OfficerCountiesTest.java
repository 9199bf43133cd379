package no.ankomst.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import no.ankomst.AnkomstTest;
import no.ankomst.base.PageRequest;
import no.ankomst.base.ValidationException;
import no.ankomst.security.UserRecords.NewUser;
import no.ankomst.security.UserRecords.UserChange;
import no.ankomst.security.UserRecords.UserFilter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** A settlement officer works for one or more counties: chosen by an administrator, loaded at sign-in. */
@AnkomstTest
@WithUserDetails("admin")
class OfficerCountiesTest {

    private static final String PASSWORD = "correct-horse-battery";

    @Autowired
    UserService users;
    @Autowired
    UserRepository repository;

    private static String uniqueName() {
        return "officer-" + System.nanoTime() % 10_000_000;
    }

    private static List<String> rules(ValidationException e) {
        return e.violations().stream().map(ValidationException.Violation::ruleKey).toList();
    }

    @Test
    void an_officer_is_tied_to_the_counties_given_and_signs_in_with_them() {
        String username = uniqueName();
        long id = users.create(new NewUser(username, "Olav", Role.SETTLEMENT_OFFICER, Set.of(), null, PASSWORD,
                Set.of("31", "32")));

        assertThat(users.get(id).countyCodes()).containsExactlyInAnyOrder("31", "32");
        assertThat(users.page(new UserFilter(username, null, true, false), new PageRequest(0, 10, List.of())))
                .singleElement().satisfies(row -> assertThat(row.scopeNames()).containsExactly("Akershus", "Østfold"));
        Scope scope = repository.findForLogin(username).orElseThrow().scope();
        assertThat(scope.countyCodes()).containsExactlyInAnyOrder("31", "32");
        assertThat(scope.coversCounty("31")).isTrue();
        assertThat(scope.coversCounty("03")).isFalse();
    }

    @Test
    void an_officer_without_a_county_is_refused_and_nothing_is_saved() {
        String username = uniqueName();

        assertThatThrownBy(() -> users.create(new NewUser(username, "Nowhere", Role.SETTLEMENT_OFFICER, Set.of(),
                null, PASSWORD, Set.of())))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(rules(e)).containsExactly("validation.counties.required");
                    assertThat(e.violations()).extracting(ValidationException.Violation::field)
                            .containsExactly("counties");
                });
        assertThat(repository.usernameExists(username)).isFalse();
    }

    @Test
    void an_unknown_county_is_refused() {
        assertThatThrownBy(() -> users.create(new NewUser(uniqueName(), "Atlantis", Role.SETTLEMENT_OFFICER,
                Set.of(), null, PASSWORD, Set.of("99"))))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(rules(e)).containsExactly("validation.counties.unknown"));
    }

    @Test
    void only_an_officer_is_tied_to_counties() {
        assertThatThrownBy(() -> users.create(new NewUser(uniqueName(), "Mona", Role.MANAGER, Set.of(), null,
                PASSWORD, Set.of("31"))))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(rules(e)).containsExactly("validation.counties.notForRole"));
    }

    @Test
    void changing_an_officer_to_a_manager_drops_the_counties() {
        long id = users.create(new NewUser(uniqueName(), "Olav", Role.SETTLEMENT_OFFICER, Set.of(), null, PASSWORD,
                Set.of("31")));

        users.update(new UserChange(id, users.get(id).version(), "Olav", Role.MANAGER, Set.of(), null, Set.of()));

        assertThat(users.get(id).countyCodes()).isEmpty();
    }
}
