package no.ankomst.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Plain HTTP against the running test server, with one cookie jar: what a browser without scripts does. */
final class Browser {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    Browser(int port) {
        this.base = "http://localhost:" + port;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The login page's CSRF token, which the login form posts along (Vaadin puts it in a meta tag). */
    String csrfTokenOfLoginPage() throws IOException, InterruptedException {
        String page = get("/login").body();
        Matcher token = CSRF.matcher(page);
        if (!token.find()) {
            throw new AssertionError("no CSRF token on the login page: " + page);
        }
        return token.group(1);
    }

    /** Signs in through the login form; the answer is the form's redirect. */
    HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
        return post("/login", Map.of("username", username, "password", password, "_csrf", csrfTokenOfLoginPage()));
    }
}
