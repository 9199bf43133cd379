package no.ankomst.security;

import static no.ankomst.db.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import no.ankomst.AnkomstTest;
import no.ankomst.MovableClock;
import no.ankomst.security.UserRecords.NewUser;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The real login form: one answer for every refusal, throttling per account and address, CSRF, audit. */
@AnkomstTest
class LoginTest {

    private static final String PASSWORD = "the-right-password";
    private static final String REFUSED = "/login?error";
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    WebApplicationContext context;
    MockMvc mvc;
    @Autowired
    UserRepository repository;
    @Autowired
    SecurityProperties properties;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    DSLContext db;
    @Autowired
    MovableClock clock;

    @BeforeEach
    void buildMockMvcOnTheSharedContext() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    private String newUser(String prefix) {
        String username = prefix + "-" + System.nanoTime() % 1_000_000;
        repository.insert(new NewUser(username, "Login Tester", Role.MANAGER, Set.of(), null, PASSWORD),
                Role.MANAGER, encoder.encode(PASSWORD), clock.instant());
        return username;
    }

    /** An address no other test signs in from, so counts of other tests do not interfere. */
    private static String newAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "10.77." + (n / 250) + "." + (n % 250 + 1);
    }

    private ResultActions login(String username, String password, String address) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                }));
    }

    private void fail(String username, String address, int times) throws Exception {
        for (int attempt = 0; attempt < times; attempt++) {
            login(username, "guess-" + attempt, address).andExpect(redirectedUrl(REFUSED));
        }
    }

    @Test
    void the_right_password_signs_in() throws Exception {
        login(newUser("login-ok"), PASSWORD, newAddress()).andExpect(redirectedUrl("/"));
    }

    @Test
    void unknown_locked_deactivated_and_wrong_password_all_get_the_same_answer() throws Exception {
        String address = newAddress();
        login("nobody-by-this-name", "whatever-password", address).andExpect(redirectedUrl(REFUSED));
        login("", "whatever-password", address).andExpect(redirectedUrl(REFUSED));
        login("x".repeat(300), "whatever-password", address).andExpect(redirectedUrl(REFUSED));
        login(newUser("login-wrong"), "not-the-password", address).andExpect(redirectedUrl(REFUSED));

        String deactivated = newUser("login-inactive");
        repository.setActive(repository.findForLogin(deactivated).orElseThrow().id(), 0, false, clock.instant());
        login(deactivated, PASSWORD, address).andExpect(redirectedUrl(REFUSED));

        String locked = newUser("login-locked");
        fail(locked, address, properties.maxFailedLogins());
        login(locked, PASSWORD, address).andExpect(redirectedUrl(REFUSED));
    }

    @Test
    void an_address_with_too_many_failures_is_throttled_for_every_account_but_not_other_addresses()
            throws Exception {
        String address = newAddress();
        String user = newUser("login-address");
        for (int attempt = 0; attempt < properties.maxFailedLoginsPerAddress(); attempt++) {
            // a different unknown name each time: no account reaches its own limit
            login("guessed-name-" + attempt, "whatever", address).andExpect(redirectedUrl(REFUSED));
        }

        login(user, PASSWORD, address).andExpect(redirectedUrl(REFUSED));
        login(user, PASSWORD, newAddress()).andExpect(redirectedUrl("/"));
    }

    @Test
    void a_strangers_failures_from_another_address_do_not_lock_out_the_real_user() throws Exception {
        String admin = newUser("login-victim");
        String stranger = newAddress();
        fail(admin, stranger, properties.maxFailedLogins() + 2);
        login(admin, PASSWORD, stranger).andExpect(redirectedUrl(REFUSED));

        login(admin, PASSWORD, newAddress()).andExpect(redirectedUrl("/"));
    }

    @Test
    void the_failure_count_starts_again_when_the_lockout_has_ended() throws Exception {
        String username = newUser("login-lockout-ends");
        String address = newAddress();
        fail(username, address, properties.maxFailedLogins());
        login(username, PASSWORD, address).andExpect(redirectedUrl(REFUSED));

        clock.advance(properties.lockout().plus(Duration.ofSeconds(1)));
        // one failure short of the limit: locked again only if the old failures still counted
        fail(username, address, properties.maxFailedLogins() - 1);

        login(username, PASSWORD, address).andExpect(redirectedUrl("/"));
    }

    @Test
    void a_successful_login_clears_the_count() throws Exception {
        String username = newUser("login-count-cleared");
        String address = newAddress();
        fail(username, address, properties.maxFailedLogins() - 1);
        login(username, PASSWORD, address).andExpect(redirectedUrl("/"));

        fail(username, address, properties.maxFailedLogins() - 1);

        login(username, PASSWORD, address).andExpect(redirectedUrl("/"));
    }

    @Test
    void a_login_post_without_a_csrf_token_is_refused() throws Exception {
        mvc.perform(post("/login").param("username", newUser("login-csrf")).param("password", PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void logins_and_failed_logins_are_audited() throws Exception {
        String username = newUser("login-audit");
        String address = newAddress();
        login(username, "wrong-one", address).andReturn();
        login(username, PASSWORD, address).andReturn();

        assertThat(db.select(AUDIT_EVENT.ACTION).from(AUDIT_EVENT).where(AUDIT_EVENT.ACTOR.eq(username))
                .orderBy(AUDIT_EVENT.ID).fetch(AUDIT_EVENT.ACTION)).containsExactly("LOGIN_FAILED", "LOGIN");
    }

    @Test
    void an_anonymous_request_for_a_view_is_sent_to_the_login_page() throws Exception {
        mvc.perform(get("/admin/users")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void the_health_endpoint_answers_without_login() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }
}
