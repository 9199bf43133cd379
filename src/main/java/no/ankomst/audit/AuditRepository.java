package no.ankomst.audit;

import static no.ankomst.db.Tables.AUDIT_EVENT;
import static org.jooq.impl.DSL.falseCondition;
import static org.jooq.impl.DSL.noCondition;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import no.ankomst.base.database.SortAndSeek;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class AuditRepository {

    /** Newest first; the (occurred_at, id) index serves it. */
    private static final SortAndSeek NEWEST_FIRST = SortAndSeek.descending(AUDIT_EVENT.ID, AUDIT_EVENT.OCCURRED_AT);

    private final DSLContext db;

    AuditRepository(DSLContext db) {
        this.db = db;
    }

    void insert(Instant at, String actor, String action, @Nullable String entityType, @Nullable String entityId,
                String summary) {
        db.insertInto(AUDIT_EVENT)
                .set(AUDIT_EVENT.OCCURRED_AT, at)
                .set(AUDIT_EVENT.ACTOR, actor)
                .set(AUDIT_EVENT.ACTION, action)
                .set(AUDIT_EVENT.ENTITY_TYPE, entityType)
                .set(AUDIT_EVENT.ENTITY_ID, entityId)
                .set(AUDIT_EVENT.SUMMARY, summary)
                .execute();
    }

    /** Newest first; the (occurred_at, id) index serves both the order and the date filter. */
    List<AuditEntry> page(AuditFilter filter, ZoneId zone, int offset, int limit) {
        return db.select(AUDIT_EVENT.ID, AUDIT_EVENT.OCCURRED_AT, AUDIT_EVENT.ACTOR, AUDIT_EVENT.ACTION,
                        AUDIT_EVENT.ENTITY_TYPE, AUDIT_EVENT.ENTITY_ID, AUDIT_EVENT.SUMMARY)
                .from(AUDIT_EVENT)
                .where(matching(filter, zone))
                .orderBy(NEWEST_FIRST.orderBy())
                .offset(offset)
                .limit(limit)
                .fetch(r -> r.into(AuditEntry.class));
    }

    /** The lines of the given records; each (type, id) pair is a lookup in the entity index. */
    List<AuditEntry> trailOf(Map<String, ? extends Collection<String>> records, int offset, int limit) {
        Condition any = falseCondition();
        for (var entry : records.entrySet()) {
            if (!entry.getValue().isEmpty()) {
                any = any.or(AUDIT_EVENT.ENTITY_TYPE.eq(entry.getKey()).and(AUDIT_EVENT.ENTITY_ID.in(entry.getValue())));
            }
        }
        return db.select(AUDIT_EVENT.ID, AUDIT_EVENT.OCCURRED_AT, AUDIT_EVENT.ACTOR, AUDIT_EVENT.ACTION,
                        AUDIT_EVENT.ENTITY_TYPE, AUDIT_EVENT.ENTITY_ID, AUDIT_EVENT.SUMMARY)
                .from(AUDIT_EVENT)
                .where(any)
                .orderBy(NEWEST_FIRST.orderBy())
                .offset(offset)
                .limit(limit)
                .fetch(r -> r.into(AuditEntry.class));
    }

    List<String> actions() {
        return db.selectDistinct(AUDIT_EVENT.ACTION).from(AUDIT_EVENT).orderBy(AUDIT_EVENT.ACTION)
                .fetch(AUDIT_EVENT.ACTION);
    }

    private static Condition matching(AuditFilter filter, ZoneId zone) {
        Condition condition = noCondition();
        if (!filter.actor().isBlank()) {
            condition = condition.and(AUDIT_EVENT.ACTOR.eq(filter.actor().strip()));
        }
        if (filter.action() != null) {
            condition = condition.and(AUDIT_EVENT.ACTION.eq(filter.action()));
        }
        if (filter.from() != null) {
            condition = condition.and(AUDIT_EVENT.OCCURRED_AT.ge(filter.from().atStartOfDay(zone).toInstant()));
        }
        if (filter.to() != null) {
            condition = condition.and(AUDIT_EVENT.OCCURRED_AT.lt(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        return condition;
    }
}
