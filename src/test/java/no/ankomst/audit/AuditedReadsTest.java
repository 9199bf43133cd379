package no.ankomst.audit;

import static no.ankomst.db.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import no.ankomst.AnkomstTest;
import no.ankomst.security.SystemWork;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A read of sensitive data leaves an audit row, also from a read-only service method. */
@AnkomstTest
class AuditedReadsTest {

    @Autowired
    AuditService audit;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    DSLContext db;

    /** What a {@code @Transactional(readOnly = true)} service method runs in. */
    private TransactionTemplate readOnly() {
        TransactionTemplate template = new TransactionTemplate(transactions);
        template.setReadOnly(true);
        return template;
    }

    private String actorOf(String entityId) {
        return db.select(AUDIT_EVENT.ACTOR).from(AUDIT_EVENT).where(AUDIT_EVENT.ENTITY_ID.eq(entityId))
                .fetchSingle(AUDIT_EVENT.ACTOR);
    }

    @Test
    @WithUserDetails("health")
    void a_read_only_service_method_that_audits_a_read_leaves_a_row_naming_the_reader() {
        String id = UUID.randomUUID().toString();

        readOnly().executeWithoutResult(status -> audit.recordRead(AuditAction.RESIDENT_CHANGED, "test-read", id,
                "read a screening result"));

        assertThat(actorOf(id)).isEqualTo("health");
    }

    @Test
    @WithUserDetails("health")
    void a_read_stays_audited_when_the_reading_transaction_rolls_back_afterwards() {
        String id = UUID.randomUUID().toString();

        readOnly().executeWithoutResult(status -> {
            audit.recordRead(AuditAction.RESIDENT_CHANGED, "test-read", id, "read, then the caller failed");
            status.setRollbackOnly();
        });

        assertThat(actorOf(id)).isEqualTo("health");
    }

    @Test
    @WithUserDetails("health")
    void a_change_cannot_be_audited_from_a_read_only_transaction() {
        String id = UUID.randomUUID().toString();

        assertThatThrownBy(() -> readOnly().executeWithoutResult(status -> audit.record(AuditAction.RESIDENT_CHANGED,
                "test-read", id, "a change in a read-only transaction"))).isInstanceOf(RuntimeException.class);

        assertThat(db.fetchExists(AUDIT_EVENT, AUDIT_EVENT.ENTITY_ID.eq(id))).isFalse();
    }

    @Test
    void a_job_reading_is_audited_as_the_job() {
        String id = UUID.randomUUID().toString();

        SystemWork.run("weekly-report", () -> readOnly().executeWithoutResult(status ->
                audit.recordRead(AuditAction.RESIDENT_CHANGED, "test-read", id, "read for the weekly report")));

        assertThat(actorOf(id)).isEqualTo("system:weekly-report");
    }
}
