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

    /** A user by their role; a {@link SystemWork} job by the capabilities it declared. */
    public boolean may(Capability capability) {
        return currentUser.get().map(user -> capability.allows(user.role()))
                .or(() -> currentUser.system().map(system -> system.may(capability))).orElse(false);
    }

    /** @return the caller's scope, for the scope check that follows */
    public Scope require(Capability capability) {
        Scope scope = currentUser.scope();
        if (!may(capability)) {
            throw new AccessDeniedException(capability + " is not for " + currentUser.actorName());
        }
        return scope;
    }
}
