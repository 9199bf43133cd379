package no.ankomst.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessEventPublishingLogoutHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

    /**
     * What the browser may load. Vaadin Flow runs the scripts the server sends with eval and sets inline
     * styles, and development mode talks over a WebSocket (ws:); everything else comes from this origin.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self' ws: wss:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** The login route, by path, so this wiring does not depend on the view class; public with any query. */
    static final String LOGIN = "/login";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil vaadinRequests, UserDetailsService users,
                                            PasswordEncoder encoder, LoginThrottle throttle,
                                            AccountRevalidation revalidation, ApplicationEventPublisher events)
            throws Exception {
        authorizeRequests(http, vaadinRequests);
        // Vaadin would exempt the login URL from CSRF checks (a forged login POST would then sign the victim in
        // as the attacker): we keep Spring's CSRF check for it and exempt only Vaadin's own requests, which carry
        // Vaadin's token
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LOGIN)
                .enableCsrfConfiguration(false)
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        ProviderManager logins = new ProviderManager(new ThrottledAuthenticationProvider(users, encoder, throttle));
        logins.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        http.authenticationManager(logins);
        http.formLogin(form -> form.failureHandler(failureHandler()));
        http.logout(logout -> logout.addLogoutHandler(new LogoutSuccessEventPublishingLogoutHandler()));
        http.addFilterAfter(new AccountRevalidationFilter(revalidation), SecurityContextHolderFilter.class);
        securityHeaders(http);
        return http.build();
    }

    /**
     * The login page (with any query, e.g. {@code ?error}), the health probe and {@code /error} (where a refused
     * request's 403 is rendered; it must not turn into a redirect to the login) are public. Page requests of
     * signed-in users, for views and for unknown addresses alike, go on to Vaadin: its navigation access control
     * checks the view's roles and shows one "not found, or not yours" page for a view of another role and for an
     * address that leads nowhere, where a check here would answer a bare 403.
     */
    private static void authorizeRequests(HttpSecurity http, RequestUtil vaadinRequests) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health/**", "/actuator/health", "/error", LOGIN).permitAll()
                .requestMatchers(request -> !vaadinRequests.isFrameworkInternalRequest(request)
                        && vaadinRequests.isSecuredFlowRoute(request)).authenticated());
    }

    private static void securityHeaders(HttpSecurity http) throws Exception {
        // Cache-Control: no-store and X-Content-Type-Options: nosniff are Spring Security's defaults; they are
        // written before the request is handled, because Vaadin's page responses bypass writing on commit.
        // Static resources that set their own caching keep it (Vaadin overwrites Cache-Control for them).
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(frames -> frames.deny())
                .addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
    }

    /** Bcrypt today, with the algorithm stored in each hash so it can change without a reset. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * One answer for every refused login (unknown name, wrong password, deactivated, throttled), so the login
     * page does not tell which accounts exist; the audit trail keeps the reason.
     */
    private static AuthenticationFailureHandler failureHandler() {
        return (request, response, exception) -> response.sendRedirect(request.getContextPath() + LOGIN + "?error");
    }
}
