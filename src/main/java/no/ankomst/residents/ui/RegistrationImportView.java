package no.ankomst.residents.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import no.ankomst.accommodation.SiteRecords.SiteRow;
import no.ankomst.accommodation.SiteService;
import no.ankomst.base.ui.BackgroundWork;
import no.ankomst.base.ui.Notifications;
import no.ankomst.base.ui.PageHeading;
import no.ankomst.residents.RegistrationImportRecords.ImportResult;
import no.ankomst.residents.RegistrationImportRecords.Preview;
import no.ankomst.residents.RegistrationImportRecords.ProgressListener;
import no.ankomst.residents.RegistrationImportService;
import no.ankomst.security.Capability;
import no.ankomst.security.RouteCapability;
import org.jspecify.annotations.Nullable;

/**
 * Imports a registration list: choose the site, upload the CSV, read the preview (counts, the first
 * valid rows, every error by row, column and rule), then confirm. Reading and importing run as
 * {@link BackgroundWork} with a progress bar, so the UI never waits on a 10,000-row file.
 */
@Route("residents/import")
@RolesAllowed({"ADMIN", "CENTRE_STAFF"})
@RouteCapability(Capability.IMPORT)
public class RegistrationImportView extends VerticalLayout implements PageHeading {

    private final RegistrationImportService imports;
    private final ComboBox<SiteRow> site = new ComboBox<>();
    private final ProgressBar progress = new ProgressBar(0, 1);
    private final Span progressText = new Span();
    private final Div progressBlock = new Div(progressText, progress);
    /** Made while the view is built, so the work acts as the user who opened it. */
    private final BackgroundWork work = new BackgroundWork(this, progress).onFinish(this::finish);
    private final ImportPreviewPanel previewPanel = new ImportPreviewPanel(this::confirm);
    private @Nullable Preview preview;

    RegistrationImportView(RegistrationImportService imports, SiteService sites) {
        this.imports = imports;
        setId("registration-import-view");
        site.setId("import-site");
        site.setLabel(getTranslation("import.site"));
        List<SiteRow> visible = sites.visibleSites();
        site.setItems(visible);
        site.setItemLabelGenerator(SiteRow::name);
        site.setWidth("24em");
        if (visible.size() == 1) {
            site.setValue(visible.getFirst());
        }
        progress.setId("import-progress");
        progress.setWidth("24em");
        progressBlock.setVisible(false);
        add(new Span(getTranslation("import.intro")), createFormat(), site,
                createUpload(), progressBlock, previewPanel);
    }

    private Details createFormat() {
        VerticalLayout text = new VerticalLayout(new Span(getTranslation("import.format.required")),
                new Span(getTranslation("import.format.optional")), new Span(getTranslation("import.format.households")));
        text.setPadding(false);
        Details format = new Details(getTranslation("import.format.title"), text);
        format.setId("import-format");
        return format;
    }

    private Upload createUpload() {
        // the callback runs with the session locked; the file is read on a worker thread
        Upload upload = new Upload(UploadHandler.toTempFile((metadata, file) -> startPreview(file,
                metadata.fileName())));
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) RegistrationImportService.MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", "text/csv", "text/plain");
        upload.setUploadButton(new Button(getTranslation("import.upload")));
        upload.setDropLabel(new Span(getTranslation("import.drop")));
        upload.addFileRejectedListener(event -> Notifications.error(getTranslation("import.error.tooLarge",
                RegistrationImportService.MAX_BYTES / (1024 * 1024))));
        upload.addSucceededListener(event -> upload.clearFileList());
        return upload;
    }

    private void startPreview(File file, String fileName) {
        SiteRow chosen = site.getValue();
        if (chosen == null) {
            delete(file);
            Notifications.error(getTranslation("import.chooseSite"));
            return;
        }
        preview = null;
        previewPanel.setVisible(false);
        inBackground("import.reading", listener -> {
            try (InputStream in = Files.newInputStream(file.toPath())) {
                return imports.preview(in, fileName, chosen.id(), listener);
            } catch (IOException failed) {
                throw new UncheckedIOException(failed);
            } finally {
                delete(file);
            }
        }, result -> {
            preview = result;
            previewPanel.show(result);
        });
    }

    private void confirm(boolean validRowsOnly) {
        Preview current = preview;
        SiteRow chosen = site.getValue();
        if (current == null || current.token() == null) {
            return;
        }
        String siteName = chosen != null && chosen.id() == current.siteId() ? chosen.name() : "#" + current.siteId();
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("import.confirm.title", current.validRows()),
                getTranslation("import.confirm.text", current.validRows(), siteName),
                getTranslation("import.confirm.ok"), event -> commit(current, validRowsOnly),
                getTranslation("action.cancel"), event -> { });
        dialog.setId("import-confirm");
        dialog.open();
    }

    private void commit(Preview current, boolean validRowsOnly) {
        previewPanel.setImporting(true);
        inBackground("import.importing", listener -> imports.commit(current.token(), validRowsOnly, listener),
                (ImportResult result) -> {
            preview = null;
            previewPanel.setVisible(false);
            Notifications.success(getTranslation("import.done", result.imported(), result.households(),
                    result.skippedRows()));
        });
    }

    /** Runs {@code step} with the progress bar shown; {@code done} comes back under the UI lock. */
    private <T> void inBackground(String textKey, Function<ProgressListener, T> step, Consumer<T> done) {
        progressText.setText(getTranslation(textKey));
        progressBlock.setVisible(true);
        work.start(progress -> step.apply((fraction, rows) -> progress.report(fraction)), done);
    }

    private void finish() {
        progressBlock.setVisible(false);
        previewPanel.setImporting(false);
    }

    private static void delete(File file) {
        try {
            Files.deleteIfExists(file.toPath());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    @Override
    public String heading() {
        return getTranslation("import.title");
    }
}
