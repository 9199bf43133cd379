package no.ankomst.security;

import java.time.Clock;
import no.ankomst.audit.AuditAction;
import no.ankomst.audit.AuditService;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Audits every login and failed login, and counts failures towards the lockout. */
@Component
class LoginAuditor {

    private final UserRepository repository;
    private final AuditService audit;
    private final SecurityProperties properties;
    private final Clock clock;

    LoginAuditor(UserRepository repository, AuditService audit, SecurityProperties properties, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof SignedInUser user) {
            repository.recordSuccessfulLogin(user.id());
            audit.recordAs(user.getUsername(), AuditAction.LOGIN, UserService.ENTITY, user.id(), "signed in");
        }
    }

    @EventListener
    @Transactional
    void onFailure(AbstractAuthenticationFailureEvent event) {
        String username = String.valueOf(event.getAuthentication().getName()).strip().toLowerCase();
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            repository.recordFailedLogin(username, clock.instant(), properties.maxFailedLogins(), properties.lockout());
        }
        AuditAction action = event instanceof AuthenticationFailureLockedEvent
                ? AuditAction.LOGIN_LOCKED : AuditAction.LOGIN_FAILED;
        audit.recordAs(username, action, null, null,
                "login refused: " + event.getException().getClass().getSimpleName());
    }

    @EventListener
    void onLogout(LogoutSuccessEvent event) {
        audit.recordAs(event.getAuthentication().getName(), AuditAction.LOGOUT, null, null, "signed out");
    }
}
