package no.ankomst.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import no.ankomst.TestDatabaseConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Over real HTTP: the security headers on every page, the session cookie, CSRF on the login form, and which
 * addresses reach the app.
 */
// an integration test (failsafe, its own JVM): a second Spring context next to the shared @AnkomstTest one would
// replace the security context holder strategy under the other tests' feet
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
@ActiveProfiles("demo")
class SecurityHeadersIT {

    @LocalServerPort
    int port;

    private static void assertSecurityHeaders(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("default-src 'self'", "frame-ancestors 'none'", "img-src 'self' data:",
                        "style-src 'self' 'unsafe-inline'");
        assertThat(response.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(response.headers().firstValue("Cache-Control")).get().asString().contains("no-store");
    }

    @Test
    void the_login_page_carries_the_security_headers_and_a_same_site_session_cookie() throws Exception {
        HttpResponse<String> login = new Browser(port).get("/login");

        assertThat(login.statusCode()).isEqualTo(200);
        assertSecurityHeaders(login);
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly"));
    }

    @Test
    void the_login_page_with_the_refusal_message_is_open_to_anonymous_visitors() throws Exception {
        HttpResponse<String> refused = new Browser(port).get("/login?error");

        assertThat(refused.statusCode()).isEqualTo(200);
        assertSecurityHeaders(refused);
    }

    @Test
    void a_page_with_personal_data_carries_the_security_headers_and_is_not_stored() throws Exception {
        Browser browser = new Browser(port);
        assertThat(browser.signIn("staff", DemoUsers.PASSWORD).headers().firstValue("Location")).get().asString()
                .doesNotContain("error");

        HttpResponse<String> residents = browser.get("/residents");

        assertThat(residents.statusCode()).isEqualTo(200);
        assertSecurityHeaders(residents);
    }

    @Test
    void a_login_post_without_the_csrf_token_is_refused_and_with_it_signs_in() throws Exception {
        Browser browser = new Browser(port);
        browser.get("/login");

        assertThat(browser.post("/login", Map.of("username", "manager", "password", DemoUsers.PASSWORD))
                .statusCode()).isEqualTo(403);
        assertThat(browser.signIn("manager", DemoUsers.PASSWORD).headers().firstValue("Location")).get()
                .asString().doesNotContain("error");
    }

    @Test
    void a_typed_address_of_another_roles_view_or_of_nowhere_reaches_the_app_and_not_a_bare_refusal()
            throws Exception {
        Browser browser = new Browser(port);
        browser.signIn("staff", DemoUsers.PASSWORD);

        for (String address : new String[] {"/admin/users", "/residents/person/abc", "/no-such-page"}) {
            HttpResponse<String> page = browser.get(address);
            assertThat(page.statusCode()).as(address).isNotEqualTo(403).isLessThan(500);
            assertThat(page.body()).as(address).doesNotContain("Whitelabel", "Exception");
            assertSecurityHeaders(page);
        }
    }
}
