package no.ankomst.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * May the signed-in user do this kind of thing at all ({@link Capability})? Services call
 * {@link #require}, views {@link #may} to hide what would be refused. Which people it may be done to is
 * the scope's question, asked by the feature's service.
 */
@Service
public class Permissions {

    private final CurrentUser currentUser;

    Permissions(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    public boolean may(Capability capability) {
        return currentUser.get().map(user -> capability.allows(user.role())).orElse(false);
    }

    /** @return the caller's scope, for the scope check that follows */
    public Scope require(Capability capability) {
        Scope scope = currentUser.scope();
        if (!capability.allows(scope.role())) {
            throw new AccessDeniedException(capability + " is not for " + scope.role());
        }
        return scope;
    }
}
