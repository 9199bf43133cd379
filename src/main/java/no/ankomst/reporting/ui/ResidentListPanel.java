package no.ankomst.reporting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.ankomst.accommodation.SiteRecords.SiteRow;
import no.ankomst.base.ui.BackgroundWork;
import no.ankomst.base.ui.Notifications;
import no.ankomst.reporting.ReportRenderer.Format;
import no.ankomst.reporting.ResidentListExport;
import no.ankomst.reporting.ResidentListExport.Exported;

/**
 * The whole residents list as PDF or XLSX (everyone the user reaches, or the people staying now at one of their
 * sites), written in the background to a temporary file with a progress bar, then offered for download. The files
 * are removed when the user leaves the page.
 */
class ResidentListPanel extends VerticalLayout {

    private final ResidentListExport export;
    private final ComboBox<SiteRow> site = new ComboBox<>();
    private final ProgressBar progress = new ProgressBar();
    private final HorizontalLayout downloads = new HorizontalLayout();
    private final List<Path> files = new ArrayList<>();
    private final BackgroundWork work;

    ResidentListPanel(ResidentListExport export, List<SiteRow> visibleSites) {
        this.export = export;
        setId("residents-export");
        setPadding(false);
        progress.setId("residents-export-progress");
        progress.setVisible(false);
        work = new BackgroundWork(this, progress).onFinish(() -> progress.setVisible(false));
        site.setId("residents-export-site");
        site.setLabel(getTranslation("reports.residents.site"));
        site.setPlaceholder(getTranslation("reports.residents.allSites"));
        site.setItems(visibleSites);
        site.setItemLabelGenerator(SiteRow::name);
        site.setClearButtonVisible(true);
        Button pdf = new Button(getTranslation("reports.pdf"), e -> start(Format.PDF));
        pdf.setId("residents-export-pdf");
        Button xlsx = new Button(getTranslation("reports.xlsx"), e -> start(Format.XLSX));
        xlsx.setId("residents-export-xlsx");
        HorizontalLayout actions = new HorizontalLayout(site, pdf, xlsx);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        downloads.setId("residents-export-downloads");
        add(new H3(getTranslation("reports.residents.heading")), actions, progress, downloads);
        addDetachListener(event -> removeFiles());
    }

    private void start(Format format) {
        Long siteId = site.getValue() == null ? null : site.getValue().id();
        Locale locale = getLocale();
        progress.setVisible(true);
        work.start(p -> write(siteId, format, locale, p), this::offer);
    }

    private Written write(Long siteId, Format format, Locale locale, BackgroundWork.Progress progress) {
        try {
            Path file = Files.createTempFile("ankomst-residents-", "." + format.extension());
            synchronized (files) {
                files.add(file);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                return new Written(export.export(siteId, format, locale, out, progress::report), file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Written(Exported exported, Path file) {
    }

    private void offer(Written written) {
        Exported exported = written.exported();
        DownloadHandler handler = event -> {
            event.setFileName(exported.fileName());
            event.setContentType(exported.format().mediaType());
            event.setContentLength(Files.size(written.file()));
            Files.copy(written.file(), event.getOutputStream());
        };
        Anchor link = new Anchor(handler, exported.fileName());
        link.setId("residents-export-download-" + exported.format().extension());
        downloads.add(link);
        Notifications.success(getTranslation("reports.residents.done", exported.people()));
    }

    private void removeFiles() {
        synchronized (files) {
            for (Path file : files) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file the operating system clears anyway
                }
            }
            files.clear();
        }
    }
}
