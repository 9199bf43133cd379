package no.ankomst.residents.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.SerializableConsumer;
import no.ankomst.base.ui.Chip;
import no.ankomst.base.ui.Codes;
import no.ankomst.residents.RegistrationImportRecords.Preview;
import no.ankomst.residents.RegistrationImportRecords.PreviewRow;
import no.ankomst.residents.RegistrationImportRecords.RowError;
import no.ankomst.residents.RegistrationImportService;

/**
 * What a preview found: counts, warnings, the first valid rows and every error by row, column and rule
 * (in the user's language), with the import buttons the preview allows.
 */
class ImportPreviewPanel extends VerticalLayout {

    private final Span summary = new Span();
    private final HorizontalLayout warnings = new HorizontalLayout();
    private final H3 rowsTitle = new H3();
    private final Grid<PreviewRow> rows = new Grid<>(PreviewRow.class, false);
    private final H3 errorsTitle = new H3();
    private final Span errorsNote = new Span();
    private final Grid<RowError> errors = new Grid<>(RowError.class, false);
    private final Button importAll = new Button();
    private final Button importValid = new Button();

    /** {@code onImport} receives whether only the valid rows are to be imported. */
    ImportPreviewPanel(SerializableConsumer<Boolean> onImport) {
        setId("import-preview");
        setPadding(false);
        summary.setId("import-summary");
        warnings.setWrap(true);
        createRowsGrid();
        createErrorsGrid();
        errorsTitle.setText(getTranslation("import.errorsTitle"));
        importAll.setId("import-all");
        importAll.addThemeVariants(ButtonVariant.PRIMARY);
        importAll.addClickListener(event -> onImport.accept(false));
        importValid.setId("import-valid-only");
        importValid.addClickListener(event -> onImport.accept(true));
        add(summary, warnings, new HorizontalLayout(importAll, importValid), rowsTitle, rows, errorsTitle, errorsNote,
                errors);
        setVisible(false);
    }

    void show(Preview preview) {
        summary.setText(getTranslation("import.summary", preview.rows(), preview.validRows(), preview.invalidRows(),
                preview.households()) + (preview.encoding().isEmpty() ? ""
                : " · " + getTranslation("import.encoding", preview.encoding())));
        warnings.removeAll();
        preview.warnings().forEach(key -> warnings.add(Chip.of(getTranslation(key), Chip.Tone.WARNING)));
        rowsTitle.setText(getTranslation("import.previewTitle", RegistrationImportService.PREVIEW_ROWS));
        rows.setItems(preview.firstValidRows());
        boolean anyRows = !preview.firstValidRows().isEmpty();
        rowsTitle.setVisible(anyRows);
        rows.setVisible(anyRows);
        errors.setItems(preview.errors());
        errors.setVisible(!preview.errors().isEmpty());
        errorsNote.setText(preview.errors().isEmpty() ? getTranslation("import.noErrors")
                : preview.errorCount() > preview.errors().size()
                ? getTranslation("import.errorsShown", preview.errors().size(), preview.errorCount()) : "");
        importAll.setText(getTranslation("import.importAll", preview.validRows()));
        importAll.setVisible(preview.canImportAll());
        importValid.setText(getTranslation("import.importValid", preview.validRows()));
        importValid.setVisible(!preview.canImportAll() && preview.canImportValidRowsOnly());
        setVisible(true);
    }

    void setImporting(boolean importing) {
        importAll.setEnabled(!importing);
        importValid.setEnabled(!importing);
    }

    private void createRowsGrid() {
        rows.setId("import-rows");
        rows.addColumn(PreviewRow::row).setHeader(getTranslation("import.column.row")).setAutoWidth(true);
        rows.addColumn(r -> r.familyName() + ", " + r.givenNames()).setHeader(getTranslation("import.column.name"))
                .setAutoWidth(true).setFlexGrow(1);
        rows.addColumn(r -> r.familyNameCyrillic() == null ? "" : r.familyNameCyrillic() + ", "
                        + (r.givenNamesCyrillic() == null ? "" : r.givenNamesCyrillic()))
                .setHeader(getTranslation("import.column.cyrillic")).setAutoWidth(true);
        rows.addColumn(PreviewRow::birthDate).setHeader(getTranslation("field.birthDate")).setAutoWidth(true);
        rows.addColumn(r -> getTranslation("sex." + r.sex().name())).setHeader(getTranslation("field.sex"))
                .setAutoWidth(true);
        rows.addColumn(r -> Codes.countries(r.citizenships())).setHeader(getTranslation("field.citizenships"))
                .setAutoWidth(true);
        rows.addColumn(r -> r.identityNumber() == null ? "" : r.identityNumber())
                .setHeader(getTranslation("field.identityNumber")).setAutoWidth(true);
        rows.addColumn(r -> r.householdKey() == null ? "" : r.householdKey())
                .setHeader(getTranslation("import.column.household")).setAutoWidth(true);
        rows.addColumn(r -> getTranslation("relation." + r.relation().name()))
                .setHeader(getTranslation("import.column.relation")).setAutoWidth(true);
        rows.setAllRowsVisible(false);
        rows.setHeight("20em");
    }

    private void createErrorsGrid() {
        errors.setId("import-errors");
        errors.addColumn(e -> e.row() == 0 ? getTranslation("import.wholeFile") : String.valueOf(e.row()))
                .setHeader(getTranslation("import.column.row")).setAutoWidth(true);
        errors.addColumn(e -> e.column() == null ? getTranslation("import.wholeRow") : e.column())
                .setHeader(getTranslation("import.column.column")).setAutoWidth(true);
        errors.addColumn(e -> getTranslation(e.ruleKey(), e.args().toArray()))
                .setHeader(getTranslation("import.column.rule")).setFlexGrow(1);
        errors.setHeight("20em");
    }
}
