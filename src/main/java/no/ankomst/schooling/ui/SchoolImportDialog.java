package no.ankomst.schooling.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import no.ankomst.base.ValidationException;
import no.ankomst.base.ui.I18n;
import no.ankomst.base.ui.Notifications;
import no.ankomst.schooling.SchoolService;
import no.ankomst.schooling.SchoolingRecords.ImportProblem;
import no.ankomst.schooling.SchoolingRecords.SchoolImportPreview;

/**
 * Schools from CSV (pasted): the preview lists each problem by row and field; the import saves every school or,
 * when anything is wrong, none.
 */
class SchoolImportDialog extends Dialog {

    private final SchoolService schools;
    private final TextArea csv = new TextArea(I18n.t("schools.csv"));
    private final Paragraph summary = new Paragraph();
    private final Grid<ImportProblem> problems = new Grid<>(ImportProblem.class, false);
    private final Button importButton = new Button(I18n.t("schools.importNow"));

    SchoolImportDialog(SchoolService schools, Runnable afterImport) {
        this.schools = schools;
        setId("school-import-dialog");
        setHeaderTitle(I18n.t("schools.import"));
        setWidth("48em");
        csv.setId("school-import-csv");
        csv.setWidthFull();
        csv.setHelperText(I18n.t("schools.csvHelp"));
        csv.setPlaceholder("municipality_code;name;levels;org_number");
        summary.setId("school-import-summary");
        problems.setId("school-import-problems");
        problems.addColumn(ImportProblem::row).setHeader(I18n.t("field.row")).setAutoWidth(true);
        problems.addColumn(ImportProblem::field).setHeader(I18n.t("field.field")).setAutoWidth(true);
        problems.addColumn(p -> I18n.t(p.ruleKey(), p.args().toArray())).setHeader(I18n.t("field.problem"))
                .setFlexGrow(1);
        problems.setAllRowsVisible(true);
        problems.setVisible(false);
        Button preview = new Button(I18n.t("schools.preview"), e -> preview());
        preview.setId("school-import-preview");
        importButton.setId("school-import-save");
        importButton.addThemeVariants(ButtonVariant.PRIMARY);
        importButton.setEnabled(false);
        importButton.addClickListener(e -> {
            try {
                int created = schools.importCsv(csv.getValue());
                close();
                Notifications.success(I18n.t("schools.imported", created));
                afterImport.run();
            } catch (ValidationException refused) {
                preview();
            }
        });
        csv.addValueChangeListener(e -> importButton.setEnabled(false));
        Button cancel = new Button(I18n.t("action.cancel"), e -> close());
        add(csv, summary, problems);
        getFooter().add(cancel, preview, importButton);
    }

    SchoolImportPreview preview() {
        SchoolImportPreview result = schools.previewImport(csv.getValue());
        summary.setText(I18n.t("schools.previewSummary", result.schools().size(), result.problems().size()));
        problems.setItems(result.problems());
        problems.setVisible(!result.problems().isEmpty());
        importButton.setEnabled(result.valid());
        return result;
    }
}
