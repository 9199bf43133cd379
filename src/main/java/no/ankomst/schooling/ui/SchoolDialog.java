package no.ankomst.schooling.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import no.ankomst.base.ui.I18n;
import no.ankomst.reference.Municipality;
import no.ankomst.schooling.SchoolService;
import no.ankomst.schooling.SchoolingRecords.SchoolDraft;
import no.ankomst.schooling.SchoolingRecords.SchoolRow;
import no.ankomst.schooling.SchoolingRecords.Warning;
import org.jspecify.annotations.Nullable;

/** Creates a school or changes one (name, municipality, organisation number, levels, active). */
class SchoolDialog extends SchoolingDialog {

    private final SchoolService schools;
    private final @Nullable SchoolRow row;
    final TextField name = new TextField(I18n.t("field.name"));
    final ComboBox<Municipality> municipality = new ComboBox<>(I18n.t("field.municipality"));
    final TextField orgNumber = new TextField(I18n.t("field.orgNumber"));
    final Checkbox primary = new Checkbox(I18n.t("schools.primary"), true);
    final Checkbox lowerSecondary = new Checkbox(I18n.t("schools.lowerSecondary"), false);
    final Checkbox active = new Checkbox(I18n.t("field.active"), true);

    SchoolDialog(SchoolService schools, List<Municipality> municipalities, @Nullable SchoolRow row, Runnable afterSave) {
        super("school-dialog", row == null ? "schools.new" : "schools.edit", afterSave);
        this.schools = schools;
        this.row = row;
        name.setId("school-name");
        name.setMaxLength(150);
        name.setRequiredIndicatorVisible(true);
        municipality.setId("school-municipality");
        municipality.setItems(municipalities);
        municipality.setItemLabelGenerator(Municipality::label);
        municipality.setRequiredIndicatorVisible(true);
        orgNumber.setId("school-org-number");
        orgNumber.setMaxLength(9);
        primary.setId("school-primary");
        lowerSecondary.setId("school-lower-secondary");
        active.setId("school-active");
        field("name", name);
        field("municipality", municipality);
        field("orgNumber", orgNumber);
        other(primary);
        other(lowerSecondary);
        other(active);
        if (row != null) {
            name.setValue(row.name());
            municipalities.stream().filter(m -> m.code().equals(row.municipalityCode())).findFirst()
                    .ifPresent(municipality::setValue);
            orgNumber.setValue(row.orgNumber() == null ? "" : row.orgNumber());
            primary.setValue(row.primaryLevel());
            lowerSecondary.setValue(row.lowerSecondary());
            active.setValue(row.active());
        }
    }

    @Override
    List<Warning> doSave() {
        Municipality chosen = municipality.getValue();
        SchoolDraft draft = new SchoolDraft(chosen == null ? null : chosen.code(), name.getValue(), orgNumber.getValue(),
                primary.getValue(), lowerSecondary.getValue(), active.getValue());
        if (row == null) {
            schools.create(draft);
        } else {
            schools.change(row.id(), row.version(), draft);
        }
        return List.of();
    }
}
