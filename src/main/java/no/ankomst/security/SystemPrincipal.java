package no.ankomst.security;

import java.security.Principal;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who acts when nobody is signed in: a named job ("tb-booking") doing background work. It is no user: there
 * is no row in {@code app_user}, no password, and its audit name {@code system:<job>} holds a colon, which no
 * username may (so no login can ever become it, nor be mistaken for it in the audit trail). Only
 * {@link SystemWork} makes one.
 *
 * <p>Scope: a job reads at every site. What it may do is exactly the {@link Capability capabilities} it
 * declares, nothing by role: it holds no role authority, so every {@code hasRole(...)} check refuses it.
 * A job that declares a capability reaches every person for it (an administrator's reach, {@link
 * Scope#coversAllSites()}); a job that declares none has a manager's reach: reads everything, changes no one.
 */
public final class SystemPrincipal implements Principal {

    private static final Pattern JOB_NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    static final String AUTHORITY = "ROLE_SYSTEM";

    private final String job;
    private final Set<Capability> capabilities;

    SystemPrincipal(String job, Set<Capability> capabilities) {
        if (!JOB_NAME.matcher(job).matches()) {
            throw new IllegalArgumentException("a job name is 1-40 of a-z, 0-9 and '-': " + job);
        }
        this.job = job;
        this.capabilities = capabilities.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(capabilities));
    }

    /** The job's name as it asked for it ({@code tb-booking}). */
    public String job() {
        return job;
    }

    /** The actor of its audit rows and {@code created_by} columns: {@code system:<job>}. */
    @Override
    public String getName() {
        return "system:" + job;
    }

    public Set<Capability> capabilities() {
        return capabilities;
    }

    /** Administering users and sites is a person's act, never a job's, whatever the job declared. */
    public boolean may(Capability capability) {
        return capability != Capability.ADMINISTER && capabilities.contains(capability);
    }

    public Scope scope() {
        return new Scope(capabilities.isEmpty() ? Role.MANAGER : Role.ADMIN, Set.of(), null);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SystemPrincipal that && that.job.equals(job) && that.capabilities.equals(capabilities);
    }

    @Override
    public int hashCode() {
        return job.hashCode();
    }

    @Override
    public String toString() {
        return "SystemPrincipal[" + job + ", " + capabilities + "]";
    }
}
