package no.ankomst.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The password check behind the login form, throttled by {@link LoginThrottle}. Every refusal (unknown name,
 * wrong password, deactivated account, throttled) costs one password hash check, so the time taken does not
 * tell which it was; the login view shows one message for all of them.
 */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final PasswordEncoder encoder;
    private final String dummyHash;

    ThrottledAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        // the password first, the account's state after: a deactivated account is refused only after a hash
        // check, like a wrong password (unknown names are checked against a dummy hash by Spring Security)
        this.passwords.setPreAuthenticationChecks(user -> { });
        this.passwords.setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new DisabledException("account deactivated");
            }
        });
        this.throttle = throttle;
        this.encoder = encoder;
        this.dummyHash = encoder.encode("not-a-password-of-anyone");
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = LoginThrottle.normalise(attempt.getName());
        String address = addressOf(attempt);
        if (throttle.locked(username, address)) {
            encoder.matches(String.valueOf(attempt.getCredentials()), dummyHash);
            throw new LockedException("too many failed sign-ins for " + username + " from " + address);
        }
        try {
            Authentication signedIn = passwords.authenticate(attempt);
            throttle.succeeded(username, address);
            return signedIn;
        } catch (AuthenticationException refused) {
            throttle.failed(username, address);
            throw refused;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** The client's address as the servlet container sees it (behind a proxy: see server.forward-headers-strategy). */
    static String addressOf(Authentication attempt) {
        if (attempt.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                && !details.getRemoteAddress().isBlank()) {
            String address = details.getRemoteAddress();
            return address.length() > 100 ? address.substring(0, 100) : address;
        }
        return "unknown";
    }
}
