package no.ankomst.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import no.ankomst.base.UserProfile;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The principal of a session: who, which role, which scope. The password hash is erased after login. */
public final class SignedInUser implements UserDetails, CredentialsContainer, UserProfile {

    private final long id;
    private final String username;
    private final String fullName;
    private final Scope scope;
    private final List<String> scopeNames;
    private final String locale;
    private final boolean active;
    // the account's version at sign-in: a change by an administrator raises it and ends the session
    private final int version;
    private @Nullable String passwordHash;

    SignedInUser(long id, String username, String fullName, Scope scope, List<String> scopeNames, String locale,
                 boolean active, int version, @Nullable String passwordHash) {
        this.id = id;
        this.username = username;
        this.fullName = fullName;
        this.scope = scope;
        this.scopeNames = List.copyOf(scopeNames);
        this.locale = locale;
        this.active = active;
        this.version = version;
        this.passwordHash = passwordHash;
    }

    public long id() {
        return id;
    }

    public String fullName() {
        return fullName;
    }

    public Role role() {
        return scope.role();
    }

    int version() {
        return version;
    }

    public Scope scope() {
        return scope;
    }

    /** Names of the sites or the municipality the user is tied to, for display. */
    @Override
    public List<String> scopeNames() {
        return scopeNames;
    }

    @Override
    public String locale() {
        return locale;
    }

    @Override
    public String displayName() {
        return fullName;
    }

    @Override
    public String roleKey() {
        return role().i18nKey();
    }

    public Set<Long> siteIds() {
        return scope.siteIds();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role().authority()));
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedInUser that && that.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return "SignedInUser[" + username + ", " + role() + "]";
    }
}
