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

    public Optional<SignedInUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** Fails for anonymous callers: every scoped query needs a scope. */
    public Scope scope() {
        return get().map(SignedInUser::scope)
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
