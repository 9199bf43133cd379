package no.ankomst.security;

import static no.ankomst.db.Tables.LOGIN_THROTTLE;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.when;

import java.time.Duration;
import java.time.Instant;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Repository;

/** Failed sign-ins per client address ({@link #ANY_ACCOUNT}) and per account and address. */
@Repository
class LoginThrottleRepository {

    /** The username of a client address's own counter: no account has an empty name. */
    static final String ANY_ACCOUNT = "";

    private final DSLContext db;

    LoginThrottleRepository(DSLContext db) {
        this.db = db;
    }

    /** Whether the address, or this account from this address, is locked right now. */
    boolean locked(String username, String address, Instant now) {
        return db.fetchExists(LOGIN_THROTTLE, LOGIN_THROTTLE.ADDRESS.eq(address)
                .and(LOGIN_THROTTLE.USERNAME.in(ANY_ACCOUNT, username))
                .and(LOGIN_THROTTLE.LOCKED_UNTIL.gt(now)));
    }

    /**
     * Counts one failure; the one that reaches {@code max} locks until {@code now + lockout}. A count whose
     * lockout has ended, or whose last failure is older than the lockout, starts again from one.
     */
    void recordFailure(String username, String address, Instant now, int max, Duration lockout) {
        Instant stale = now.minus(lockout);
        Field<Integer> failures = when(LOGIN_THROTTLE.LOCKED_UNTIL.le(now).or(LOGIN_THROTTLE.LAST_FAILURE.le(stale)),
                inline(1)).otherwise(LOGIN_THROTTLE.FAILURES.plus(1));
        db.insertInto(LOGIN_THROTTLE)
                .set(LOGIN_THROTTLE.USERNAME, username)
                .set(LOGIN_THROTTLE.ADDRESS, address)
                .set(LOGIN_THROTTLE.FAILURES, 1)
                .set(LOGIN_THROTTLE.LOCKED_UNTIL, max <= 1 ? now.plus(lockout) : null)
                .set(LOGIN_THROTTLE.LAST_FAILURE, now)
                .onConflict(LOGIN_THROTTLE.USERNAME, LOGIN_THROTTLE.ADDRESS)
                .doUpdate()
                .set(LOGIN_THROTTLE.FAILURES, failures)
                .set(LOGIN_THROTTLE.LOCKED_UNTIL, when(failures.ge(max), now.plus(lockout)).otherwise((Instant) null))
                .set(LOGIN_THROTTLE.LAST_FAILURE, now)
                .execute();
    }

    /** A successful sign-in clears the account's count from that address (not the address's own count). */
    void clear(String username, String address) {
        db.deleteFrom(LOGIN_THROTTLE)
                .where(LOGIN_THROTTLE.USERNAME.eq(username).and(LOGIN_THROTTLE.ADDRESS.eq(address)))
                .execute();
    }

    /** An administrator's password reset lifts every lock on the account. */
    void clearAccount(String username) {
        db.deleteFrom(LOGIN_THROTTLE).where(LOGIN_THROTTLE.USERNAME.eq(username)).execute();
    }

    /** Counts whose last failure is older than the lockout count for nothing any more. */
    void forgetOlderThan(Instant before) {
        db.deleteFrom(LOGIN_THROTTLE).where(LOGIN_THROTTLE.LAST_FAILURE.lt(before)).execute();
    }
}
