package no.ankomst.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the session of a user whose account changed since sign-in (see {@link AccountRevalidation}). The
 * request then goes on anonymous: a page request is sent to the login, a Vaadin request gets 401 and the
 * browser shows the session as expired. Not a bean, so it runs only in the security filter chain.
 */
final class AccountRevalidationFilter extends OncePerRequestFilter {

    private final AccountRevalidation revalidation;

    AccountRevalidationFilter(AccountRevalidation revalidation) {
        this.revalidation = revalidation;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
        Authentication authentication = contexts.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user
                && !revalidation.stillValid(user)) {
            contexts.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            revalidation.sessionEnded(user);
        }
        chain.doFilter(request, response);
    }
}
