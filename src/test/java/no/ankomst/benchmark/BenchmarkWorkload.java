package no.ankomst.benchmark;

import java.util.List;
import org.jooq.DSLContext;

/**
 * What the jobs benchmark needs beyond generated residents, and how it tells whether a run wrote anything. Plain
 * SQL on purpose: it sets up data the way an administrator's screens would leave it, without going through each
 * feature's services one row at a time.
 */
final class BenchmarkWorkload {

    /** Tables a job may write to and still have "changed nothing": its own ledger and the audit of its run. */
    private static final List<String> BOOKKEEPING = List.of("job_run", "audit_event", "event_publication",
            "event_publication_archive", "flyway_schema_history");

    private BenchmarkWorkload() {
    }

    /** A screening clinic at every site, open on weekdays with room for 40 X-rays and 20 of each other test. */
    static void prepare(DSLContext db) {
        db.execute("""
                insert into tb_clinic (site_id, name)
                select id, 'Helsestasjon ' || name from site s
                where not exists (select 1 from tb_clinic c where c.site_id = s.id)""");
        db.execute("""
                insert into tb_clinic_capacity (clinic_id, weekday, test_type, capacity)
                select c.id, d, t, case when t = 'XRAY' then 40 else 20 end
                from tb_clinic c, generate_series(1, 5) d, unnest(array['QUESTIONNAIRE', 'XRAY', 'IGRA', 'XRAY_AND_IGRA']) t
                on conflict do nothing""");
    }

    /**
     * A fingerprint of every table but the bookkeeping ones: rows and the newest row version's transaction. An
     * insert, update or delete changes it; a run that wrote nothing leaves it as it was.
     */
    static String fingerprint(DSLContext db) {
        List<String> tables = db.fetch("""
                select table_name from information_schema.tables
                where table_schema = 'public' and table_type = 'BASE TABLE' and table_name not like 'qrtz%'
                order by table_name""").getValues(0, String.class);
        StringBuilder fingerprint = new StringBuilder();
        for (String table : tables) {
            if (!BOOKKEEPING.contains(table)) {
                fingerprint.append(table).append('=').append(db.fetchValue(
                        "select count(*) || '/' || coalesce(max(xmin::text::bigint), 0) from \"" + table + "\""))
                        .append(' ');
            }
        }
        return fingerprint.toString();
    }
}
