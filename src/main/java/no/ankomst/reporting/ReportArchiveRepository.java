package no.ankomst.reporting;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** The archive of rendered report files; rows are never changed (append-only trigger, V17). */
@Repository
class ReportArchiveRepository {

    private static final String COLUMNS = "id, snapshot_id, template, format, scope_kind, scope_id, parameters, "
            + "data_as_of, sha256, rendered_at";

    private final DSLContext db;

    ReportArchiveRepository(DSLContext db) {
        this.db = db;
    }

    /** The new row's id, or empty when the same report (snapshot, template, format, scope) is archived already. */
    Optional<Long> insert(long snapshotId, String template, ReportRenderer.Format format, ReportScope scope,
                          String parameters, OffsetDateTime dataAsOf, String sha256, byte[] content,
                          OffsetDateTime renderedAt, String renderedBy) {
        return db.resultQuery("""
                        insert into report_archive (snapshot_id, template, format, scope_kind, scope_id, parameters,
                                                    data_as_of, sha256, content, rendered_at, rendered_by)
                        values (?, ?, ?, ?, ?, ?, ?::timestamptz, ?, ?, ?::timestamptz, ?)
                        on conflict on constraint report_archive_once do nothing
                        returning id""", snapshotId, template, format.name(), scope.kind().name(), scope.id(),
                        parameters, dataAsOf, sha256, content, renderedAt, renderedBy)
                .fetchOptional(0, Long.class);
    }

    Optional<ArchiveRow> find(long snapshotId, String template, ReportRenderer.Format format, ReportScope scope) {
        return db.resultQuery("select " + COLUMNS + " from report_archive where snapshot_id = ? and template = ? "
                                + "and format = ? and scope_kind = ? and scope_id is not distinct from ?",
                        snapshotId, template, format.name(), scope.kind().name(), scope.id())
                .fetchOptional(ReportArchiveRepository::toRow);
    }

    /**
     * Holds, until the caller's transaction ends, the one lock for rendering this report (a PostgreSQL advisory lock on
     * its key, so it holds across nodes): whoever asks second waits and then finds the first one's file archived.
     */
    void lockRendering(long snapshotId, String template, ReportRenderer.Format format, ReportScope scope) {
        String key = "report:" + snapshotId + ":" + template + ":" + format.name() + ":" + scope.kind().name() + ":"
                + scope.id();
        db.resultQuery("select pg_advisory_xact_lock(hashtextextended(?, 0))", key).fetch();
    }

    Optional<ArchiveRow> find(long id) {
        return db.resultQuery("select " + COLUMNS + " from report_archive where id = ?", id)
                .fetchOptional(ReportArchiveRepository::toRow);
    }

    Optional<byte[]> content(long id) {
        return db.resultQuery("select content from report_archive where id = ?", id).fetchOptional(0, byte[].class);
    }

    /** A snapshot's archived files within the sites given (all when null; country and county need all). */
    /** A snapshot's files, of the given scopes only ({@code KIND-id}, e.g. {@code SITE-12}; all when null). */
    List<ArchiveRow> ofSnapshot(long snapshotId, @Nullable List<String> scopes) {
        String[] ids = scopes == null ? null : scopes.toArray(String[]::new);
        return db.resultQuery("select " + COLUMNS + " from report_archive where snapshot_id = ? "
                        + "and (?::text[] is null or scope_kind || '-' || scope_id = any(?::text[])) "
                        + "order by scope_kind, scope_id, template, format limit 500", snapshotId, ids, ids)
                .fetch(ReportArchiveRepository::toRow);
    }

    private static ArchiveRow toRow(Record r) {
        return new ArchiveRow(r.get(0, Long.class), r.get(1, Long.class), r.get(2, String.class),
                ReportRenderer.Format.valueOf(r.get(3, String.class)),
                new ReportScope(ReportScope.Kind.valueOf(r.get(4, String.class)), r.get(5, String.class)),
                r.get(6, String.class), r.get(7, OffsetDateTime.class), r.get(8, String.class),
                r.get(9, OffsetDateTime.class));
    }

    /** One archived file without its bytes. */
    record ArchiveRow(long id, long snapshotId, String template, ReportRenderer.Format format, ReportScope scope,
                      String parameters, OffsetDateTime dataAsOf, String sha256, OffsetDateTime renderedAt) {
    }

    /** A site's name and its county's code, for a report's title and a scope check. */
    Optional<String> siteName(long siteId) {
        return db.resultQuery("select name from site where id = ?", siteId).fetchOptional(0, String.class);
    }

    /** Every site's id, by name (a manager's site scopes). */
    List<Long> sites() {
        return db.resultQuery("select id from site order by name, id").fetch(0, Long.class);
    }

    Optional<String> countyName(String code) {
        return db.resultQuery("select name from county where code = ?", code).fetchOptional(0, String.class);
    }
}
