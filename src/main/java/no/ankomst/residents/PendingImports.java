package no.ankomst.residents;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import no.ankomst.residents.RegistrationImportRecords.PreviewToken;
import org.springframework.stereotype.Component;

/**
 * Previewed files waiting for the user's confirmation, each under a token that only its user can
 * redeem. A user has at most one: a new preview replaces the previous one. Kept in memory, so a
 * preview does not survive a restart (the user previews again).
 */
@Component
class PendingImports {

    static final Duration LIFETIME = Duration.ofHours(1);

    record Pending(PreviewToken token, String owner, long siteId, ImportFile file, boolean hadErrors,
                   Instant created) {
    }

    private final Map<UUID, Pending> pending = new ConcurrentHashMap<>();
    private final Clock clock;

    PendingImports(Clock clock) {
        this.clock = clock;
    }

    PreviewToken put(String owner, long siteId, ImportFile file, boolean hadErrors) {
        Instant now = clock.instant();
        pending.values().removeIf(p -> {
            boolean gone = p.owner().equals(owner) || p.created().plus(LIFETIME).isBefore(now);
            if (gone) {
                p.file().delete();
            }
            return gone;
        });
        PreviewToken token = new PreviewToken(UUID.randomUUID());
        pending.put(token.id(), new Pending(token, owner, siteId, file, hadErrors, now));
        return token;
    }

    /** Takes the preview out (so it cannot be imported twice at once) if it belongs to {@code owner}. */
    Optional<Pending> take(PreviewToken token, String owner) {
        Pending found = pending.get(token.id());
        if (found == null || !found.owner().equals(owner)
                || found.created().plus(LIFETIME).isBefore(clock.instant())) {
            return Optional.empty();
        }
        return Optional.ofNullable(pending.remove(token.id()));
    }

    /** Puts a preview back after a commit that was rolled back, so the user can try again. */
    void restore(Pending taken) {
        pending.putIfAbsent(taken.token().id(), taken);
    }

    @PreDestroy
    void deleteAll() {
        pending.values().forEach(p -> p.file().delete());
        pending.clear();
    }
}
