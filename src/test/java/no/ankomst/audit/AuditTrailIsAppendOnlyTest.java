package no.ankomst.audit;

import static no.ankomst.db.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.ankomst.AnkomstTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;

/** The database itself refuses to change or remove audit lines, whoever asks. */
@AnkomstTest
class AuditTrailIsAppendOnlyTest {

    @Autowired
    AuditService audit;
    @Autowired
    DSLContext db;

    private long id;

    @BeforeEach
    void writeOneLine() {
        audit.recordAs("append-only-test", AuditAction.LOGIN, "user", 1, "original");
        id = db.select(AUDIT_EVENT.ID).from(AUDIT_EVENT).where(AUDIT_EVENT.ACTOR.eq("append-only-test"))
                .orderBy(AUDIT_EVENT.ID.desc()).limit(1).fetchSingle(AUDIT_EVENT.ID);
    }

    @Test
    void an_update_is_refused() {
        assertThatThrownBy(() -> db.update(AUDIT_EVENT).set(AUDIT_EVENT.SUMMARY, "forged")
                .where(AUDIT_EVENT.ID.eq(id)).execute())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThat(db.fetchValue(AUDIT_EVENT.SUMMARY, AUDIT_EVENT.ID.eq(id))).isEqualTo("original");
    }

    @Test
    void a_delete_is_refused() {
        assertThatThrownBy(() -> db.deleteFrom(AUDIT_EVENT).where(AUDIT_EVENT.ID.eq(id)).execute())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThat(db.fetchExists(AUDIT_EVENT, AUDIT_EVENT.ID.eq(id))).isTrue();
    }

    @Test
    void truncation_is_refused() {
        assertThatThrownBy(() -> db.truncate(AUDIT_EVENT).execute())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThat(db.fetchExists(AUDIT_EVENT, AUDIT_EVENT.ID.eq(id))).isTrue();
    }
}
