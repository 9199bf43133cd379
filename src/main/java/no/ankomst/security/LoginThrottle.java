package no.ankomst.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Login throttling. Failures are counted twice: per client address, and per account <em>and</em> client
 * address.
 * <ul>
 *   <li>After {@code max-failed-logins} failures for one account from one address, that account is locked
 *       for {@code lockout} <em>from that address only</em>. A stranger guessing the administrator's password
 *       from elsewhere locks themselves out, not the administrator at their own desk.</li>
 *   <li>After {@code max-failed-logins-per-address} failures from one address, for whatever names (known or
 *       not), the address is locked for {@code lockout} for every account: this is what stops guessing many
 *       names, or one name from behind one address, without a per-account lock anyone could trigger.</li>
 * </ul>
 * A count starts again when its lockout has ended or its last failure is older than the lockout, and a
 * successful sign-in clears the account's count from that address. Kept in the database, so every node of a
 * cluster throttles alike.
 */
@Service
class LoginThrottle {

    /** The longest name stored and audited; longer input is cut, never refused with another answer. */
    static final int MAX_NAME = 100;

    private final LoginThrottleRepository repository;
    private final SecurityProperties properties;
    private final Clock clock;

    LoginThrottle(LoginThrottleRepository repository, SecurityProperties properties, Clock clock) {
        this.repository = repository;
        this.properties = properties;
        this.clock = clock;
    }

    /** The name as typed, trimmed, lower case and at most {@link #MAX_NAME} characters; never empty. */
    static String normalise(@org.jspecify.annotations.Nullable String typed) {
        String name = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        name = name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
        return name.isEmpty() ? "(empty)" : name;
    }

    @Transactional(readOnly = true)
    public boolean locked(String username, String address) {
        return repository.locked(username, address, clock.instant());
    }

    // its own transaction: the count must stay even when the caller's work is rolled back
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String username, String address) {
        Instant now = clock.instant();
        repository.forgetOlderThan(now.minus(properties.lockout()));
        repository.recordFailure(username, address, now, properties.maxFailedLogins(), properties.lockout());
        repository.recordFailure(LoginThrottleRepository.ANY_ACCOUNT, address, now,
                properties.maxFailedLoginsPerAddress(), properties.lockout());
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String username, String address) {
        repository.clear(username, address);
    }
}
