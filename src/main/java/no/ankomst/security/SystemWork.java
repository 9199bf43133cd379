package no.ankomst.security;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Runs work with nobody signed in (a scheduled job, a reaction to an event) as a {@link SystemPrincipal}:
 * {@code SystemWork.run("occupancy-snapshot", () -> ...)} reads at every site and changes nothing;
 * {@code SystemWork.as("tb-booking", Capability.X).call(() -> ...)} may also do what X allows. Services see
 * it through {@link CurrentUser#scope()} and {@link Permissions}, the audit trail as {@code system:<job>}.
 *
 * <p>The principal is set on the current thread only, for the duration of the work, and whatever was there
 * before (a signed-in user, or nobody) is put back afterwards, also when the work throws.
 */
public final class SystemWork {

    private final SystemPrincipal principal;

    private SystemWork(SystemPrincipal principal) {
        this.principal = principal;
    }

    /** A job that needs {@code capabilities} besides reading. */
    public static SystemWork as(String job, Capability... capabilities) {
        return new SystemWork(new SystemPrincipal(job, Set.of(capabilities)));
    }

    /** Runs a job that only reads. */
    public static void run(String job, Runnable work) {
        as(job).run(work);
    }

    /** Runs a job that only reads, and returns its result. */
    public static <T> T call(String job, Supplier<T> work) {
        return as(job).call(work);
    }

    public void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    public <T> T call(Supplier<T> work) {
        SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
        SecurityContext before = holder.getContext();
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(new SystemAuthentication(principal));
        holder.setContext(context);
        try {
            return work.get();
        } finally {
            if (before.getAuthentication() == null) {
                holder.clearContext();
            } else {
                holder.setContext(before);
            }
        }
    }

    /** Authenticated by construction: only this class makes one, never a login. */
    private static final class SystemAuthentication extends AbstractAuthenticationToken {

        private final SystemPrincipal principal;

        SystemAuthentication(SystemPrincipal principal) {
            super(List.of(new SimpleGrantedAuthority(SystemPrincipal.AUTHORITY)));
            this.principal = principal;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Object getPrincipal() {
            return principal;
        }

        @Override
        public String getName() {
            return principal.getName();
        }
    }
}
