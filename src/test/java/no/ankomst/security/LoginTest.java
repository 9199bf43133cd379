package no.ankomst.security;

import static no.ankomst.db.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Clock;
import java.util.Set;
import no.ankomst.AnkomstTest;
import org.jooq.DSLContext;
import no.ankomst.security.UserRecords.NewUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The real login form: success, wrong password, unknown user, deactivated user, throttling, audit. */
@AnkomstTest
class LoginTest {

    private static final String PASSWORD = "the-right-password";

    @Autowired
    WebApplicationContext context;
    MockMvc mvc;
    @Autowired
    UserRepository repository;
    @Autowired
    SecurityProperties properties;
    @Autowired
    org.springframework.security.crypto.password.PasswordEncoder encoder;
    @Autowired
    DSLContext db;
    @Autowired
    Clock clock;

    @BeforeEach
    void buildMockMvcOnTheSharedContext() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    private String newUser(String prefix) {
        String username = prefix + "-" + System.nanoTime() % 1_000_000;
        repository.insert(new NewUser(username, "Login Tester", Role.MANAGER, Set.of(), null, PASSWORD),
                Role.MANAGER, encoder.encode(PASSWORD), clock.instant());
        return username;
    }

    private ResultActions login(String username, String password) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf()));
    }

    @Test
    void the_right_password_signs_in() throws Exception {
        login(newUser("login-ok"), PASSWORD).andExpect(redirectedUrl("/"));
    }

    @Test
    void a_wrong_password_and_an_unknown_user_get_the_same_answer() throws Exception {
        login(newUser("login-wrong"), "not-the-password").andExpect(redirectedUrl("/login?error=credentials"));
        login("nobody-by-this-name", "whatever-password").andExpect(redirectedUrl("/login?error=credentials"));
    }

    @Test
    void repeated_failures_lock_the_account_even_for_the_right_password() throws Exception {
        String username = newUser("login-throttle");
        for (int attempt = 0; attempt < properties.maxFailedLogins(); attempt++) {
            login(username, "guess-" + attempt).andExpect(redirectedUrl("/login?error=credentials"));
        }

        login(username, PASSWORD).andExpect(redirectedUrl("/login?error=locked"));
    }

    @Test
    void logins_and_failed_logins_are_audited() throws Exception {
        String username = newUser("login-audit");
        login(username, "wrong-one").andReturn();
        login(username, PASSWORD).andReturn();

        assertThat(db.select(AUDIT_EVENT.ACTION).from(AUDIT_EVENT).where(AUDIT_EVENT.ACTOR.eq(username))
                .orderBy(AUDIT_EVENT.ID).fetch(AUDIT_EVENT.ACTION)).containsExactly("LOGIN_FAILED", "LOGIN");
    }

    @Test
    void a_deactivated_user_is_told_so() throws Exception {
        String username = newUser("login-inactive");
        long id = repository.findForLogin(username, clock.instant()).orElseThrow().id();
        repository.setActive(id, 0, false, clock.instant());

        login(username, PASSWORD).andExpect(redirectedUrl("/login?error=disabled"));
    }

    @Test
    void an_anonymous_request_for_a_view_is_sent_to_the_login_page() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/admin/users"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .redirectedUrl("/login"));
    }

    @Test
    void the_health_endpoint_answers_without_login() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/actuator/health"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
    }
}
