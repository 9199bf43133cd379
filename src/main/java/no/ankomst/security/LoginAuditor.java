package no.ankomst.security;

import no.ankomst.audit.AuditAction;
import no.ankomst.audit.AuditService;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Audits every login and failed login, with the reason the user is not told (see LoginView). The counting
 * towards a lockout is {@link LoginThrottle}'s.
 */
@Component
class LoginAuditor {

    private final AuditService audit;

    LoginAuditor(AuditService audit) {
        this.audit = audit;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof SignedInUser user) {
            audit.recordAs(user.getUsername(), AuditAction.LOGIN, UserService.ENTITY, user.id(), "signed in");
        }
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        String username = LoginThrottle.normalise(event.getAuthentication().getName());
        AuditAction action = event instanceof AuthenticationFailureLockedEvent
                ? AuditAction.LOGIN_LOCKED : AuditAction.LOGIN_FAILED;
        audit.recordAs(username, action, null, null, "login refused from "
                + ThrottledAuthenticationProvider.addressOf(event.getAuthentication()) + ": "
                + event.getException().getClass().getSimpleName());
    }

    @EventListener
    void onLogout(LogoutSuccessEvent event) {
        audit.recordAs(event.getAuthentication().getName(), AuditAction.LOGOUT, null, null, "signed out");
    }
}
