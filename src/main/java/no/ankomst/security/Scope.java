package no.ankomst.security;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a signed-in user may work on. Repositories of later features turn this into a condition on
 * every query (site ids for staff, the municipality for a coordinator, the counties for a settlement officer,
 * everything for managers).
 */
public record Scope(Role role, Set<Long> siteIds, @Nullable String municipalityCode, Set<String> countyCodes) {

    public Scope {
        siteIds = Set.copyOf(siteIds);
        countyCodes = Set.copyOf(countyCodes);
    }

    /** A scope without counties (everyone but the settlement officer). */
    public Scope(Role role, Set<Long> siteIds, @Nullable String municipalityCode) {
        this(role, siteIds, municipalityCode, Set.of());
    }

    /** Administrators and managers reach every county; a settlement officer reaches their own. */
    public boolean coversAllCounties() {
        return role == Role.ADMIN || role == Role.MANAGER;
    }

    public boolean coversCounty(String countyCode) {
        return coversAllCounties() || countyCodes.contains(countyCode);
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
