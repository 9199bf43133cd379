package no.ankomst.reporting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import no.ankomst.accommodation.SiteService;
import no.ankomst.base.ValidationException;
import no.ankomst.base.ui.BackgroundWork;
import no.ankomst.base.ui.Dates;
import no.ankomst.base.ui.FormErrors;
import no.ankomst.base.ui.Grids;
import no.ankomst.base.ui.NotFoundOrNotYoursException;
import no.ankomst.base.ui.PageHeading;
import no.ankomst.base.ui.RouteIds;
import no.ankomst.reporting.ReportRenderer.Format;
import no.ankomst.reporting.ReportScope;
import no.ankomst.reporting.ReportService;
import no.ankomst.reporting.ReportService.ReportFile;
import no.ankomst.reporting.ResidentListExport;
import no.ankomst.reporting.SnapshotService;
import no.ankomst.reporting.SnapshotService.Snapshot;
import no.ankomst.security.Capability;
import no.ankomst.security.Permissions;
import no.ankomst.security.RouteCapability;
import org.jspecify.annotations.Nullable;

/**
 * The report archive: snapshots by week (newest first, paged in the database), a scope (managers: the country, a
 * county or a site; centre staff their sites; a coordinator their municipality), PDF or XLSX rendered in the
 * background and offered for download. Managers also take a snapshot for a chosen period; below, for those who read
 * residents, the whole residents list as PDF or XLSX ({@link ResidentListPanel}).
 * {@code ?snapshot=<id>&scope=SITE-<id>} opens one; an unknown snapshot or a
 * scope that is not the user's ends on "not found, or not yours".
 */
@Route("reports")
@Menu(order = 25, title = "nav.reports", icon = "vaadin:chart")
@RolesAllowed({"MANAGER", "CENTRE_STAFF", "SETTLEMENT_COORDINATOR"})
@RouteCapability(Capability.READ_REPORTS)
public class ReportsView extends VerticalLayout implements BeforeEnterObserver, PageHeading {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final SnapshotService snapshots;
    private final ReportService reports;
    private final Grid<Snapshot> grid = new Grid<>();
    private final ComboBox<ReportScope> scope = new ComboBox<>();
    private final ProgressBar progress = new ProgressBar();
    private final HorizontalLayout downloads = new HorizontalLayout();
    private final BackgroundWork work;
    private final DatePicker start;
    private final DatePicker end;

    ReportsView(SnapshotService snapshots, ReportService reports, Permissions permissions,
                ResidentListExport residentList, SiteService sites) {
        this.snapshots = snapshots;
        this.reports = reports;
        setId("reports-view");
        setSizeFull();
        progress.setId("reports-progress");
        progress.setVisible(false);
        work = new BackgroundWork(this, progress).onFinish(() -> progress.setVisible(false));

        scope.setId("reports-scope");
        scope.setLabel(getTranslation("reports.scope"));
        scope.setItems(reports.scopes());
        scope.setItemLabelGenerator(s -> reports.scopeName(s, getLocale()));
        reports.scopes().stream().findFirst().ifPresent(scope::setValue);

        Button pdf = new Button(getTranslation("reports.pdf"), e -> render(Format.PDF));
        pdf.setId("reports-pdf");
        Button xlsx = new Button(getTranslation("reports.xlsx"), e -> render(Format.XLSX));
        xlsx.setId("reports-xlsx");
        downloads.setId("reports-downloads");

        start = Dates.picker(getTranslation("reports.start"));
        start.setId("reports-start");
        end = Dates.picker(getTranslation("reports.end"));
        end.setId("reports-end");
        Button take = new Button(getTranslation("reports.takeSnapshot"), e -> takeSnapshot());
        take.setId("reports-take");
        HorizontalLayout period = new HorizontalLayout(start, end, take);
        period.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        period.setVisible(permissions.may(Capability.RUN_REPORTS));

        HorizontalLayout actions = new HorizontalLayout(scope, pdf, xlsx);
        actions.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(period, createGrid(), actions, progress, downloads);
        if (permissions.may(Capability.READ_RESIDENTS)) {
            add(new ResidentListPanel(residentList, sites.visibleSites()));
        }
    }

    private Grid<Snapshot> createGrid() {
        grid.setId("reports-grid");
        Grids.emptyState(grid, "reports.empty");
        grid.addColumn(s -> s.isoWeek() == null ? "" : s.isoWeek()).setHeader(getTranslation("reports.week"))
                .setKey("week");
        grid.addColumn(s -> Dates.format(s.period().start()) + " – " + Dates.format(s.period().end()))
                .setHeader(getTranslation("reports.period")).setKey("period");
        grid.addColumn(s -> Dates.format(s.takenAt().toInstant(), OSLO))
                .setHeader(getTranslation("reports.dataAsOf")).setKey("dataAsOf");
        grid.setItems(query -> snapshots.page(query.getOffset(), query.getLimit()).stream(),
                query -> snapshots.count());
        return grid;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        Optional<String> snapshotId = parameters.getSingleParameter("snapshot");
        if (snapshotId.isPresent()) {
            long id = RouteIds.parse(snapshotId.get());
            Snapshot snapshot = snapshots.find(id)
                    .orElseThrow(() -> new NotFoundOrNotYoursException("report snapshot " + id));
            grid.select(snapshot);
        }
        Optional<String> scopeText = parameters.getSingleParameter("scope");
        if (scopeText.isPresent()) {
            ReportScope wanted = parseScope(scopeText.get());
            if (!reports.scopes().contains(wanted)) {
                throw new NotFoundOrNotYoursException("report scope " + scopeText.get());
            }
            scope.setValue(wanted);
        }
    }

    /** {@code COUNTRY}, {@code COUNTY-<nn>}, {@code MUNICIPALITY-<nnnn>} or {@code SITE-<id>}; else not found. */
    private static ReportScope parseScope(String text) {
        if (text.equals("COUNTRY")) {
            return ReportScope.country();
        }
        if (text.matches("COUNTY-[0-9]{2}")) {
            return ReportScope.county(text.substring("COUNTY-".length()));
        }
        if (text.matches("MUNICIPALITY-[0-9]{4}")) {
            return ReportScope.municipality(text.substring("MUNICIPALITY-".length()));
        }
        if (text.startsWith("SITE-")) {
            return ReportScope.site(RouteIds.parse(text.substring("SITE-".length())));
        }
        throw new NotFoundOrNotYoursException("report scope " + text);
    }

    private void render(Format format) {
        Optional<Snapshot> snapshot = grid.getSelectedItems().stream().findFirst();
        @Nullable ReportScope chosen = scope.getValue();
        if (snapshot.isEmpty() || chosen == null) {
            no.ankomst.base.ui.Notifications.error(getTranslation("reports.chooseFirst"));
            return;
        }
        progress.setVisible(true);
        long id = snapshot.get().id();
        work.start(p -> reports.report(id, chosen, format, percent -> p.report(percent / 100.0)),
                file -> file.ifPresentOrElse(this::offer,
                        () -> no.ankomst.base.ui.Notifications.error(getTranslation("reports.refused"))));
    }

    /** A link to the archived file; the download checks the scope again and is audited. */
    private void offer(ReportFile file) {
        long archiveId = file.archiveId();
        DownloadHandler handler = event -> {
            Optional<ReportFile> found = reports.download(archiveId);
            if (found.isEmpty()) {
                event.getResponse().setStatus(404);
                return;
            }
            event.setFileName(found.get().fileName());
            event.setContentType(found.get().format().mediaType());
            event.setContentLength(found.get().content().length);
            event.getOutputStream().write(found.get().content());
        };
        Anchor link = new Anchor(handler, file.fileName());
        link.setId("reports-download-" + file.format().name().toLowerCase(java.util.Locale.ROOT));
        downloads.add(link);
    }

    private void takeSnapshot() {
        Map<String, DatePicker> fields = Map.of("start", start, "end", end);
        FormErrors.clear(fields);
        try {
            var period = snapshots.period(start.getValue(), end.getValue());
            progress.setVisible(true);
            work.start(p -> snapshots.take(period), taken -> {
                grid.getDataProvider().refreshAll();
                grid.select(taken);
                no.ankomst.base.ui.Notifications.success(getTranslation("reports.taken"));
            });
        } catch (ValidationException e) {
            FormErrors.show(e, fields);
        }
    }

    @Override
    public String heading() {
        return getTranslation("nav.reports");
    }
}
