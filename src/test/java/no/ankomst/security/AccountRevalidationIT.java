package no.ankomst.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Set;
import java.util.function.Supplier;
import no.ankomst.TestDatabaseConfiguration;
import no.ankomst.security.UserRecords.NewUser;
import no.ankomst.security.UserRecords.UserChange;
import no.ankomst.security.UserRecords.UserDetail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * Over real HTTP: an administrator's change to an account takes effect on the next request of the
 * account's open sessions, which end; signing in again gives the new role and scope.
 */
// an integration test (failsafe, its own JVM): a second Spring context next to the shared @AnkomstTest one would
// replace the security context holder strategy under the other tests' feet
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
@ActiveProfiles("demo")
class AccountRevalidationIT {

    private static final String PASSWORD = "an-open-session-password";

    @LocalServerPort
    int port;
    @Autowired
    UserService users;
    @Autowired
    UserDetailsService userDetails;

    private <T> T asAdmin(Supplier<T> work) {
        UserDetails admin = userDetails.loadUserByUsername("admin");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private String staffAtTheFirstSite(String prefix) {
        String username = prefix + "-" + System.nanoTime() % 100_000;
        asAdmin(() -> users.create(new NewUser(username, "Session Tester", Role.CENTRE_STAFF,
                Set.of(Long.parseLong(users.siteOptions().getFirst().key())), null, PASSWORD)));
        return username;
    }

    private long idOf(String username) {
        return asAdmin(() -> users.page(new UserRecords.UserFilter(username, null, true, false),
                new no.ankomst.base.PageRequest(0, 1, java.util.List.of())).getFirst().id());
    }

    /** Signs in and opens the residents list, which the session may see. */
    private Browser signedIn(String username) throws Exception {
        Browser browser = new Browser(port);
        assertThat(browser.signIn(username, PASSWORD).headers().firstValue("Location")).get().asString()
                .doesNotContain("error");
        assertThat(browser.get("/residents").statusCode()).isEqualTo(200);
        return browser;
    }

    private static void assertSentToTheLogin(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).get().asString().endsWith("/login");
    }

    @Test
    void a_deactivated_users_open_session_is_ended_on_its_next_request() throws Exception {
        String username = staffAtTheFirstSite("session-leaver");
        Browser browser = signedIn(username);

        long id = idOf(username);
        asAdmin(() -> {
            users.deactivate(id, users.get(id).version());
            return null;
        });

        assertSentToTheLogin(browser.get("/residents"));
        assertThat(new Browser(port).signIn(username, PASSWORD).headers().firstValue("Location")).get()
                .asString().contains("error");
    }

    @Test
    void a_user_given_another_role_or_site_works_in_the_new_scope_only_after_signing_in_again() throws Exception {
        String username = staffAtTheFirstSite("session-mover");
        Browser browser = signedIn(username);

        long id = idOf(username);
        asAdmin(() -> {
            UserDetail user = users.get(id);
            users.update(new UserChange(id, user.version(), user.fullName(), Role.MANAGER, Set.of(), null));
            return null;
        });

        assertSentToTheLogin(browser.get("/residents"));
        assertThat(userDetails.loadUserByUsername(username).getAuthorities()).extracting(Object::toString)
                .containsExactly("ROLE_MANAGER");
        signedIn(username);
    }

    @Test
    void an_unchanged_account_keeps_its_session() throws Exception {
        Browser browser = signedIn(staffAtTheFirstSite("session-stayer"));

        assertThat(browser.get("/residents").statusCode()).isEqualTo(200);
    }
}
