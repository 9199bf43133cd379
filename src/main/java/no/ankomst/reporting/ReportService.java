package no.ankomst.reporting;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.IntConsumer;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import no.ankomst.audit.AuditAction;
import no.ankomst.audit.AuditService;
import no.ankomst.reporting.ReportArchiveRepository.ArchiveRow;
import no.ankomst.reporting.ReportRenderer.Format;
import no.ankomst.reporting.SnapshotService.Snapshot;
import no.ankomst.security.Capability;
import no.ankomst.security.CurrentUser;
import no.ankomst.security.Permissions;
import no.ankomst.security.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Renders a snapshot's report for a scope and archives the file, or hands back the archived one: a report of a
 * snapshot is rendered once and then served from the archive, so it is the same every time it is opened. Scope as
 * everywhere: managers every scope, centre staff their own sites, a settlement coordinator their municipality's
 * (settlement and programme figures only); anything else is refused and audited.
 */
@Service
public class ReportService {

    /** Archived reports are written in Norwegian Bokmål, so the same file serves every reader. */
    static final Locale REPORT_LOCALE = Locale.forLanguageTag("nb");
    static final String WEEKLY = "weekly";
    /** The metric counting renderings: an operator sees how often the archive could not serve a report. */
    static final String RENDERINGS = "ankomst.reports.rendered";
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final SnapshotService snapshots;
    private final TrendService trends;
    private final AreaSnapshotRepository areas;
    private final ReportRenderer renderer;
    private final ReportArchiveRepository archive;
    private final Permissions permissions;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;
    private final Counter renderings;

    ReportService(SnapshotService snapshots, TrendService trends, AreaSnapshotRepository areas,
                  ReportRenderer renderer, ReportArchiveRepository archive, Permissions permissions,
                  CurrentUser currentUser, AuditService audit, Clock clock, MeterRegistry meters) {
        this.renderings = Counter.builder(RENDERINGS).description("weekly reports rendered (not served from the archive)")
                .register(meters);
        this.snapshots = snapshots;
        this.trends = trends;
        this.areas = areas;
        this.renderer = renderer;
        this.archive = archive;
        this.permissions = permissions;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** One archived file: its identity, name and bytes, and the SHA-256 of the bytes. */
    public record ReportFile(long archiveId, String fileName, Format format, String sha256, OffsetDateTime dataAsOf,
                             byte[] content) {
    }

    /** One line of the archive list (no bytes). */
    public record ArchivedReport(long archiveId, ReportScope scope, Format format, String sha256,
                                 OffsetDateTime dataAsOf, OffsetDateTime renderedAt) {
    }

    /**
     * The weekly report of a snapshot for a scope, rendered and archived now if it is not archived yet; empty when
     * the snapshot is unknown or the scope not the caller's (refused and audited). A template that fails throws
     * {@link ReportFailedException} and archives nothing.
     */
    @Transactional
    public Optional<ReportFile> report(long snapshotId, ReportScope scope, Format format, IntConsumer progress) {
        Scope mine = permissions.require(Capability.READ_REPORTS);
        Optional<Snapshot> found = snapshots.find(snapshotId);
        if (found.isEmpty() || !covers(mine, scope)) {
            refuse("report_snapshot", snapshotId, scope);
            return Optional.empty();
        }
        Snapshot snapshot = found.get();
        Optional<ArchiveRow> archived = archive.find(snapshotId, WEEKLY, format, scope);
        if (archived.isPresent()) {
            return archived.map(this::file);
        }
        // two people asking for the same report at once: the second waits here and is served the first one's file
        archive.lockRendering(snapshotId, WEEKLY, format, scope);
        archived = archive.find(snapshotId, WEEKLY, format, scope);
        if (archived.isPresent()) {
            return archived.map(this::file);
        }
        progress.accept(10);
        List<Long> sites = sites(scope);
        List<Map<String, ?>> rows = rows(snapshot, scope, sites);
        progress.accept(30);
        Map<String, Object> parameters = parameters(snapshot, scope);
        charts(parameters, trends.reportCharts(trends.weeks(snapshot.period().end(), scope, sites), scope.kind(),
                REPORT_LOCALE));
        progress.accept(40);
        renderings.increment();
        byte[] bytes = renderer.render(WEEKLY, parameters, rows, format);
        progress.accept(90);
        String sha = sha256(bytes);
        String described = describe(parameters);
        Optional<Long> id = archive.insert(snapshotId, WEEKLY, format, scope, described, snapshot.takenAt(), sha,
                bytes, OffsetDateTime.now(clock), currentUser.actorName());
        if (id.isEmpty()) {
            // archived meanwhile by a path that took no lock: theirs is the one kept and served
            return archive.find(snapshotId, WEEKLY, format, scope).map(this::file);
        }
        audit.record(AuditAction.REPORT_RENDERED, "report_archive", id.get(), WEEKLY + " " + format + " " + scope);
        progress.accept(100);
        return archive.find(id.get()).map(this::file);
    }

    /** An archived file by its id; empty when unknown or outside the caller's scope (refused and audited). */
    @Transactional(readOnly = true)
    public Optional<ReportFile> download(long archiveId) {
        Scope mine = permissions.require(Capability.READ_REPORTS);
        Optional<ArchiveRow> row = archive.find(archiveId);
        if (row.isEmpty() || !covers(mine, row.get().scope())) {
            refuse("report_archive", archiveId, row.map(ArchiveRow::scope).orElse(null));
            return Optional.empty();
        }
        audit.recordRead(AuditAction.REPORT_DOWNLOADED, "report_archive", archiveId, row.get().format().name());
        return row.map(this::file);
    }

    /**
     * The archived files of a snapshot the caller may download (their sites' files for centre staff, their
     * municipality's for a coordinator).
     */
    @Transactional(readOnly = true)
    public List<ArchivedReport> archived(long snapshotId) {
        Scope mine = permissions.require(Capability.READ_REPORTS);
        List<String> scopes = mine.coversAllSites() ? null
                : scopes(mine).stream().map(s -> s.kind() + "-" + s.id()).toList();
        return archive.ofSnapshot(snapshotId, scopes).stream()
                .map(r -> new ArchivedReport(r.id(), r.scope(), r.format(), r.sha256(), r.dataAsOf(), r.renderedAt()))
                .toList();
    }

    /**
     * The scopes the caller may ask for: managers the country, each county and each site; centre staff their own
     * sites; a coordinator their municipality.
     */
    @Transactional(readOnly = true)
    public List<ReportScope> scopes() {
        return scopes(permissions.require(Capability.READ_REPORTS));
    }

    private List<ReportScope> scopes(Scope mine) {
        List<ReportScope> scopes = new ArrayList<>();
        if (mine.coversAllSites()) {
            scopes.add(ReportScope.country());
            areas.counties().stream().map(ReportScope::county).forEach(scopes::add);
            archive.sites().stream().map(ReportScope::site).forEach(scopes::add);
            return scopes;
        }
        mine.siteIds().stream().sorted().map(ReportScope::site).forEach(scopes::add);
        if (mine.role() == no.ankomst.security.Role.SETTLEMENT_COORDINATOR && mine.municipalityCode() != null) {
            scopes.add(ReportScope.municipality(mine.municipalityCode()));
        }
        return scopes;
    }

    /** A scope's name for lists and titles. */
    @Transactional(readOnly = true)
    public String scopeName(ReportScope scope, Locale locale) {
        return switch (scope.kind()) {
            case COUNTRY -> text(locale, "report.scope.country");
            case COUNTY -> archive.countyName(String.valueOf(scope.id())).orElse(String.valueOf(scope.id()));
            case MUNICIPALITY -> areas.municipalityName(String.valueOf(scope.id())).orElse(String.valueOf(scope.id()));
            case SITE -> archive.siteName(Long.parseLong(String.valueOf(scope.id()))).orElse(String.valueOf(scope.id()));
        };
    }

    /**
     * Managers every scope; centre staff their sites' (never a county or the country); a coordinator their own
     * municipality's (its sections keep site figures out of it).
     */
    static boolean covers(Scope mine, ReportScope scope) {
        if (mine.coversAllSites()) {
            return true;
        }
        return switch (scope.kind()) {
            case SITE -> mine.siteIds().contains(Long.parseLong(String.valueOf(scope.id())));
            case MUNICIPALITY -> mine.role() == no.ankomst.security.Role.SETTLEMENT_COORDINATOR
                    && String.valueOf(scope.id()).equals(mine.municipalityCode());
            case COUNTRY, COUNTY -> false;
        };
    }

    private void refuse(String entity, long id, @Nullable ReportScope scope) {
        audit.recordRead(AuditAction.REPORT_REFUSED, entity, id, scope == null ? "unknown" : scope.toString());
    }

    /** The sites whose figures a scope sums: all (null) for the country, none for a municipality. */
    private @Nullable List<Long> sites(ReportScope scope) {
        return switch (scope.kind()) {
            case COUNTRY -> null;
            case COUNTY -> snapshots.sitesInCounty(String.valueOf(scope.id()));
            case MUNICIPALITY -> List.of();
            case SITE -> List.of(Long.parseLong(String.valueOf(scope.id())));
        };
    }

    private List<Map<String, ?>> rows(Snapshot snapshot, ReportScope scope, @Nullable List<Long> sites) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (ReportLine line : snapshots.lines(snapshot.id(), scope, sites, null)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("section", text(REPORT_LOCALE, "report.section." + line.section()));
            String label = text(REPORT_LOCALE, line.labelKey());
            row.put("label", line.argKey() == null ? label : label.replace("{0}", text(REPORT_LOCALE, line.argKey())));
            row.put("value", line.value());
            rows.add(row);
        }
        return rows;
    }

    Map<String, Object> parameters(Snapshot snapshot, ReportScope scope) {
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d.M.yyyy");
        Map<String, Object> parameters = new LinkedHashMap<>();
        String week = snapshot.isoWeek();
        parameters.put("TITLE", week == null ? text(REPORT_LOCALE, "report.title.period")
                : text(REPORT_LOCALE, "report.title.week").replace("{0}", week));
        parameters.put("SCOPE", scopeName(scope, REPORT_LOCALE));
        parameters.put("PERIOD", day.format(snapshot.period().start()) + " – " + day.format(snapshot.period().end()));
        parameters.put("DATA_AS_OF", text(REPORT_LOCALE, "report.dataAsOf") + " "
                + DateTimeFormatter.ofPattern("d.M.yyyy HH:mm").format(snapshot.takenAt().atZoneSameInstant(OSLO)));
        parameters.put("FIGURE_HEADING", text(REPORT_LOCALE, "report.heading.figure"));
        parameters.put("VALUE_HEADING", text(REPORT_LOCALE, "report.heading.value"));
        parameters.put("NO_DATA", text(REPORT_LOCALE, "report.noData"));
        parameters.put("TREND_HEADING", text(REPORT_LOCALE, "report.heading.trend"));
        return parameters;
    }

    /** Up to four charts as CHART_1..4, each with its title and summary in words as CHART_n_TEXT. */
    static void charts(Map<String, Object> parameters, List<ChartData> charts) {
        for (int i = 0; i < Math.min(4, charts.size()); i++) {
            ChartData chart = charts.get(i);
            parameters.put("CHART_" + (i + 1), Charts.renderable(chart));
            parameters.put("CHART_" + (i + 1) + "_TEXT", chart.title() + ". " + chart.summary());
        }
    }

    private static String describe(Map<String, Object> parameters) {
        StringBuilder text = new StringBuilder();
        // the charts are kept as their words (CHART_n_TEXT), not as the drawing object
        parameters.forEach((k, v) -> {
            if (v instanceof String) {
                text.append(k).append('=').append(v).append('\n');
            }
        });
        return text.toString();
    }

    private ReportFile file(ArchiveRow row) {
        byte[] content = archive.content(row.id()).orElseThrow();
        String name = WEEKLY + "-" + row.snapshotId() + "-" + row.scope().kind().name().toLowerCase(Locale.ROOT)
                + (row.scope().id() == null ? "" : "-" + row.scope().id()) + "." + row.format().extension();
        return new ReportFile(row.id(), name, row.format(), row.sha256(), row.dataAsOf(), content);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Texts from the app's bundles (the same files the views use), so no text is written in a template. */
    static String text(Locale locale, String key) {
        try {
            return ResourceBundle.getBundle("vaadin-i18n.translations", locale).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

}
