package no.ankomst.audit;

import static no.ankomst.db.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import no.ankomst.AnkomstTest;
import no.ankomst.protection.CaseFixtures;
import no.ankomst.protection.ProtectionCaseService;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The database itself refuses to change or remove audit lines and a case's history, whoever asks; every
 * append-only table is guarded by the one {@code forbid_change()} function.
 */
@AnkomstTest
@WithUserDetails("staff")
class AuditTrailIsAppendOnlyTest {

    /** Every append-only table; a new one is added here and gets the two triggers on forbid_change(). */
    // report_archive too: its row and truncation guards are checked in the catalogue (it may hold no row to try)
    private static final List<String> APPEND_ONLY = List.of("audit_event", "case_event", "report_archive", "tb_result");

    @Autowired
    AuditService audit;
    @Autowired
    ProtectionCaseService cases;
    @Autowired
    DSLContext db;
    @Autowired
    ApplicationContext context;
    @Autowired
    Clock clock;

    private long id;

    @BeforeEach
    void writeOneLineAndOneCaseEvent() {
        audit.recordAs("append-only-test", AuditAction.LOGIN, "user", 1, "original");
        id = db.select(AUDIT_EVENT.ID).from(AUDIT_EVENT).where(AUDIT_EVENT.ACTOR.eq("append-only-test"))
                .orderBy(AUDIT_EVENT.ID.desc()).limit(1).fetchSingle(AUDIT_EVENT.ID);
        cases.open(new CaseFixtures(db, context).personAt(CaseFixtures.RADE), LocalDate.now(clock),
                "append-only test");
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

    @ParameterizedTest
    @ValueSource(strings = {"audit_event", "case_event", "tb_result"})
    void an_update_of_the_latest_row_of_an_append_only_table_is_refused_naming_the_table(String name) {
        long latest = latestId(name);
        String column = firstColumnAfterId(name);
        assertThatThrownBy(() -> db.execute("update " + name + " set " + column + " = " + column + " where id = ?",
                latest))
                .isInstanceOf(DataAccessException.class).rootCause()
                .hasMessageContaining(name + " is append-only: UPDATE is not allowed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"audit_event", "case_event", "tb_result"})
    void a_delete_from_an_append_only_table_is_refused_naming_the_table(String name) {
        long latest = latestId(name);
        assertThatThrownBy(() -> db.deleteFrom(table(name(name))).where(idOf(name).eq(latest)).execute())
                .isInstanceOf(DataAccessException.class).rootCause()
                .hasMessageContaining(name + " is append-only: DELETE is not allowed");
        assertThat(db.fetchExists(table(name(name)), idOf(name).eq(latest))).isTrue();
    }

    // tb_result is left out here: tb_referral's foreign key refuses its truncation before the trigger runs
    // (its truncate trigger is still checked in the catalogue below)
    @ParameterizedTest
    @ValueSource(strings = {"audit_event", "case_event"})
    void truncating_an_append_only_table_is_refused_naming_the_table(String name) {
        assertThatThrownBy(() -> db.truncate(table(name(name))).execute())
                .isInstanceOf(DataAccessException.class).rootCause()
                .hasMessageContaining(name + " is append-only: TRUNCATE is not allowed");
        assertThat(db.fetchExists(table(name(name)))).isTrue();
    }

    @Test
    void every_append_only_table_uses_the_one_function_for_rows_and_for_truncation() {
        List<String> rowGuarded = guardedTables("tgtype & 1 = 1 and tgtype & 2 = 2 and tgtype & 24 = 24");
        List<String> truncateGuarded = guardedTables("tgtype & 1 = 0 and tgtype & 2 = 2 and tgtype & 32 = 32");
        assertThat(rowGuarded).containsExactlyElementsOf(APPEND_ONLY);
        assertThat(truncateGuarded).containsExactlyElementsOf(APPEND_ONLY);
    }

    @Test
    void no_table_keeps_a_function_of_its_own_for_being_append_only() {
        assertThat(db.fetch("select p.proname from pg_proc p join pg_namespace n on n.oid = p.pronamespace"
                + " where n.nspname = current_schema() and p.prosrc ilike '%append-only%'")
                .getValues(0, String.class)).containsExactly("forbid_change");
    }

    /**
     * Tables with a BEFORE trigger calling forbid_change(); pg_trigger.tgtype bits: 1 row, 2 before,
     * 8 delete, 16 update, 32 truncate.
     */
    private List<String> guardedTables(String kind) {
        return db.fetch("select c.relname from pg_trigger t join pg_class c on c.oid = t.tgrelid"
                + " join pg_proc p on p.oid = t.tgfoid where p.proname = 'forbid_change' and not t.tgisinternal"
                + " and " + kind + " order by c.relname").getValues(0, String.class);
    }

    /** A column the update sets to itself: any but the identity, which may not be written. */
    private String firstColumnAfterId(String table) {
        return db.fetchSingle("select column_name from information_schema.columns where table_schema = current_schema()"
                + " and table_name = ? and column_name <> 'id' order by ordinal_position limit 1", table)
                .get(0, String.class);
    }

    private long latestId(String table) {
        return db.select(idOf(table)).from(table(name(table))).orderBy(idOf(table).desc()).limit(1)
                .fetchSingle(idOf(table));
    }

    private static Field<Long> idOf(String table) {
        return field(name(table, "id"), Long.class);
    }
}
