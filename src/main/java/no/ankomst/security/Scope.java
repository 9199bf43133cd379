package no.ankomst.security;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a signed-in user may work on. Repositories of later features turn this into a condition on
 * every query (site ids for staff, the municipality for a coordinator, everything for managers).
 */
public record Scope(Role role, Set<Long> siteIds, @Nullable String municipalityCode) {

    public Scope {
        siteIds = Set.copyOf(siteIds);
    }

    public boolean coversAllSites() {
        return role == Role.ADMIN || role == Role.MANAGER;
    }

    /** Administrators change any person and household; everyone else only within their sites, if at all. */
    public boolean changesEveryone() {
        return role == Role.ADMIN;
    }

    public boolean coversSite(long siteId) {
        return coversAllSites() || siteIds.contains(siteId);
    }
}
