package no.ankomst.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a role may do at all, before scope: which people (staying at the user's site now) is the scope's
 * business. The one table of role → action, asked by services (which refuse) and views (which hide), so the
 * two never disagree.
 */
public enum Capability {
    /** Register a person, add a household member. */
    REGISTER(Role.ADMIN, Role.CENTRE_STAFF),
    /** Import a registration list. */
    IMPORT(Role.ADMIN, Role.CENTRE_STAFF),
    /** Edit a person, their documents, registrations and household. */
    EDIT_RESIDENT(Role.ADMIN, Role.CENTRE_STAFF),
    /** Merge two records of one person. */
    MERGE(Role.ADMIN, Role.CENTRE_STAFF),
    /** Check in, move and check out. */
    CHANGE_STAYS(Role.ADMIN, Role.CENTRE_STAFF),
    /** Save an eligibility screening for protection. */
    SCREEN(Role.ADMIN, Role.CENTRE_STAFF),
    /** Open a protection case and record its changes (transitions, grant, renewal). */
    WORK_CASES(Role.ADMIN, Role.CENTRE_STAFF),
    /** Read protection screenings and cases: not health staff, not settlement coordinators. */
    READ_PROTECTION(Role.ADMIN, Role.MANAGER, Role.CENTRE_STAFF);

    private final Set<Role> roles;

    Capability(Role first, Role... more) {
        this.roles = EnumSet.of(first, more);
    }

    public boolean allows(Role role) {
        return roles.contains(role);
    }
}
