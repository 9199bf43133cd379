package no.ankomst.residents;

import no.ankomst.base.ValidationException;
import no.ankomst.security.Capability;
import no.ankomst.security.Permissions;
import no.ankomst.security.Scope;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one check before any write about a person, for every feature that writes about people (residents,
 * households, merges, screenings, cases): the role may do that kind of write ({@link Capability}), the
 * record is not a merged duplicate, and the person stays at one of the user's sites now (administrators:
 * anyone; {@link ResidentScopeConditions#changeableBy}).
 */
@Service
public class ResidentAccess {

    private final ResidentDetailRepository repository;
    private final Permissions permissions;

    ResidentAccess(ResidentDetailRepository repository, Permissions permissions) {
        this.repository = repository;
        this.permissions = permissions;
    }

    /**
     * @return the caller's scope
     * @throws AccessDeniedException when the role may not, or the person is outside what the user may change
     * @throws ValidationException   ({@code person}, {@code validation.person.merged}) for a merged record:
     *                               the user should work on the record it was merged into
     */
    @Transactional(readOnly = true)
    public Scope requireChangeable(Capability capability, long personId) {
        Scope scope = permissions.require(capability);
        if (repository.merged(personId)) {
            throw ValidationException.of("person", "validation.person.merged");
        }
        if (!repository.editable(scope, personId)) {
            throw new AccessDeniedException("person " + personId + " is outside what this user may change");
        }
        return scope;
    }

    /** Whether {@link #requireChangeable} would let the caller through: for views to show or hide an action. */
    @Transactional(readOnly = true)
    public boolean mayChange(Capability capability, long personId) {
        return permissions.may(capability) && repository.editable(permissions.require(capability), personId);
    }
}
