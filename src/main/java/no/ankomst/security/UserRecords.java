package no.ankomst.security;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The values the user administration reads and writes. */
public final class UserRecords {

    private UserRecords() {
    }

    /** A row of the user list. {@code scopeNames}: the sites, the municipality or the counties the user is tied to. */
    public record UserRow(long id, String username, String fullName, Role role, boolean active,
                          List<String> scopeNames, boolean locked) {
    }

    /** One user as the edit form needs it; {@code version} guards against overwriting someone else's change. */
    public record UserDetail(long id, String username, String fullName, Role role, Set<Long> siteIds,
                             @Nullable String municipalityCode, boolean active, int version, Set<String> countyCodes) {
        public UserDetail {
            siteIds = Set.copyOf(siteIds);
            countyCodes = Set.copyOf(countyCodes);
        }
    }

    /** {@code countyCodes}: a settlement officer's counties (empty for every other role). */
    public record NewUser(String username, String fullName, @Nullable Role role, Set<Long> siteIds,
                          @Nullable String municipalityCode, String password, Set<String> countyCodes) {
        public NewUser {
            siteIds = Set.copyOf(siteIds);
            countyCodes = Set.copyOf(countyCodes);
        }

        /** A user tied to no county. */
        public NewUser(String username, String fullName, @Nullable Role role, Set<Long> siteIds,
                       @Nullable String municipalityCode, String password) {
            this(username, fullName, role, siteIds, municipalityCode, password, Set.of());
        }
    }

    public record UserChange(long id, int version, String fullName, @Nullable Role role, Set<Long> siteIds,
                             @Nullable String municipalityCode, Set<String> countyCodes) {
        public UserChange {
            siteIds = Set.copyOf(siteIds);
            countyCodes = Set.copyOf(countyCodes);
        }

        /** A change that ties the user to no county. */
        public UserChange(long id, int version, String fullName, @Nullable Role role, Set<Long> siteIds,
                          @Nullable String municipalityCode) {
            this(id, version, fullName, role, siteIds, municipalityCode, Set.of());
        }
    }

    /** Free text matches username or name; {@code role} null means every role. */
    public record UserFilter(String text, @Nullable Role role, boolean includeInactive, boolean lockedOnly) {
        public static UserFilter all() {
            return new UserFilter("", null, true, false);
        }

        /** The worklist's locked accounts, and the user list it opens ({@code ?locked=true}). */
        public static UserFilter lockedOut() {
            return new UserFilter("", null, false, true);
        }
    }

    /** A site (id), municipality (code) or county (code) a user can be tied to. */
    public record ScopeOption(String key, String name) {
    }
}
