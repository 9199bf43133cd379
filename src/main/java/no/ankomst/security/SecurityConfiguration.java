package no.ankomst.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.authentication.logout.LogoutSuccessEventPublishingLogoutHandler;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health/**", "/actuator/health").permitAll());
        // the login route by path, so this wiring does not depend on the view class
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView("/login"));
        http.formLogin(form -> form.failureHandler(failureHandler()));
        http.logout(logout -> logout.addLogoutHandler(new LogoutSuccessEventPublishingLogoutHandler()));
        return http.build();
    }

    /** Bcrypt today, with the algorithm stored in each hash so it can change without a reset. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** The login view shows why a login was refused; unknown user and wrong password look alike on purpose. */
    private static AuthenticationFailureHandler failureHandler() {
        return (request, response, exception) -> {
            String reason = switch (exception) {
                case LockedException ignored -> "locked";
                case DisabledException ignored -> "disabled";
                default -> "credentials";
            };
            response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
        };
    }
}
