package no.ankomst.security;

import no.ankomst.audit.AuditAction;
import no.ankomst.audit.AuditService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a session's principal still matches its account. Role, sites, municipality and the active flag are
 * read into the session at sign-in; an administrator's change to the account (or a deactivation, or a password
 * reset) raises the account's version, and the next request of every session signed in before that ends.
 * Read from the database on each request, so all nodes of a cluster honour it at once; the lookup is by
 * primary key.
 */
@Service
class AccountRevalidation {

    private static final Logger log = LoggerFactory.getLogger(AccountRevalidation.class);

    private final UserRepository repository;
    private final AuditService audit;

    AccountRevalidation(UserRepository repository, AuditService audit) {
        this.repository = repository;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public boolean stillValid(SignedInUser user) {
        return repository.activeVersion(user.id()).map(version -> version == user.version()).orElse(false);
    }

    void sessionEnded(SignedInUser user) {
        log.info("Ended a session of {}: the account was changed or deactivated since sign-in", user.getUsername());
        audit.recordAs(user.getUsername(), AuditAction.LOGOUT, UserService.ENTITY, user.id(),
                "signed out: the account was changed since sign-in");
    }
}
