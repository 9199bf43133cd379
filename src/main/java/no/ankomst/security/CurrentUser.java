package no.ankomst.security;

import java.util.Optional;
import java.util.Set;
import no.ankomst.base.LocalePreference;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in user and their scope, for services that filter what they read and write. */
@Service
public class CurrentUser implements LocalePreference {

    static final Set<String> LOCALES = Set.of("nb", "en");

    private final UserRepository repository;

    CurrentUser(UserRepository repository) {
        this.repository = repository;
    }

    /** The person signed in; empty for anonymous callers and for {@link SystemWork} (a job is nobody). */
    public Optional<SignedInUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** The job running as {@link SystemWork}, when no person is signed in on this thread. */
    public Optional<SystemPrincipal> system() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SystemPrincipal system) {
            return Optional.of(system);
        }
        return Optional.empty();
    }

    /**
     * The signed-in user's scope, or a system job's ({@link SystemPrincipal#scope()}). Fails for anonymous
     * callers: every scoped query needs a scope.
     */
    public Scope scope() {
        return get().map(SignedInUser::scope).or(() -> system().map(SystemPrincipal::scope))
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("not signed in"));
    }

    /** Who acts, for {@code created_by} columns: the username, or {@code system:<job>}. */
    public String actorName() {
        return get().map(SignedInUser::getUsername).or(() -> system().map(SystemPrincipal::getName))
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("not signed in"));
    }

    /** Remembers the signed-in user's language for the next login. */
    @Override
    @Transactional
    public void rememberLocale(String locale) {
        if (!LOCALES.contains(locale)) {
            throw new IllegalArgumentException("unsupported locale " + locale);
        }
        get().ifPresent(user -> repository.setLocale(user.id(), locale));
    }
}
