package no.ankomst.security;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The values the user administration reads and writes. */
public final class UserRecords {

    private UserRecords() {
    }

    /** A row of the user list. {@code scopeNames}: the sites, or the municipality, the user is tied to. */
    public record UserRow(long id, String username, String fullName, Role role, boolean active,
                          List<String> scopeNames, boolean locked) {
    }

    /** One user as the edit form needs it; {@code version} guards against overwriting someone else's change. */
    public record UserDetail(long id, String username, String fullName, Role role, Set<Long> siteIds,
                             @Nullable String municipalityCode, boolean active, int version) {
    }

    public record NewUser(String username, String fullName, @Nullable Role role, Set<Long> siteIds,
                          @Nullable String municipalityCode, String password) {
    }

    public record UserChange(long id, int version, String fullName, @Nullable Role role, Set<Long> siteIds,
                             @Nullable String municipalityCode) {
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

    /** A site (id) or municipality (code) a user can be tied to. */
    public record ScopeOption(String key, String name) {
    }
}
