package no.ankomst.settlement.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import no.ankomst.base.ConflictException;
import no.ankomst.base.ValidationException;
import no.ankomst.base.ui.Dates;
import no.ankomst.base.ui.FormErrors;
import no.ankomst.base.ui.FormKeys;
import no.ankomst.base.ui.Notifications;
import no.ankomst.settlement.DwellingRecords.DwellingForm;
import no.ankomst.settlement.DwellingRecords.DwellingRow;
import no.ankomst.settlement.DwellingService;
import org.jspecify.annotations.Nullable;

/** Offers a new dwelling or changes one on offer. */
class DwellingDialog extends Dialog {

    private final DwellingService dwellings;
    private final @Nullable DwellingRow editing;
    private final Runnable saved;
    private final TextField label = new TextField();
    private final IntegerField rooms = new IntegerField();
    private final IntegerField persons = new IntegerField();
    private final Checkbox accessible = new Checkbox();
    private final DatePicker availableFrom = Dates.picker();

    DwellingDialog(DwellingService dwellings, @Nullable DwellingRow editing, Runnable saved) {
        this.dwellings = dwellings;
        this.editing = editing;
        this.saved = saved;
        setId("dwelling-dialog");
        setHeaderTitle(getTranslation(editing == null ? "settlement.dwelling.new" : "action.edit"));
        label.setLabel(getTranslation("settlement.field.label"));
        label.setId("dwelling-label");
        label.setMaxLength(200);
        rooms.setLabel(getTranslation("settlement.field.rooms"));
        rooms.setId("dwelling-rooms");
        persons.setLabel(getTranslation("settlement.field.persons"));
        persons.setId("dwelling-persons");
        accessible.setLabel(getTranslation("settlement.field.accessible"));
        availableFrom.setLabel(getTranslation("settlement.field.availableFrom"));
        availableFrom.setId("dwelling-available-from");
        if (editing != null) {
            label.setValue(editing.label());
            rooms.setValue(editing.rooms());
            persons.setValue(editing.persons());
            accessible.setValue(editing.accessible());
            availableFrom.setValue(editing.availableFrom());
        }
        add(new FormLayout(label, rooms, persons, accessible, availableFrom));
        Button save = new Button(getTranslation("action.save"), event -> save());
        save.setId("dwelling-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        FormKeys.install(this, save, this::close);
        getFooter().add(new Button(getTranslation("action.cancel"), event -> close()), save);
    }

    private void save() {
        DwellingForm form = new DwellingForm(editing == null ? null : editing.id(),
                editing == null ? null : editing.version(), label.getValue(), rooms.getValue(), persons.getValue(),
                accessible.getValue(), availableFrom.getValue());
        try {
            if (editing == null) {
                dwellings.offer(form);
            } else {
                dwellings.change(form);
            }
            Notifications.success(getTranslation("settlement.saved"));
            close();
            saved.run();
        } catch (ValidationException invalid) {
            FormErrors.show(invalid, fields());
        } catch (ConflictException conflict) {
            Notifications.error(getTranslation("error.conflict"));
        }
    }

    private Map<String, HasValidation> fields() {
        return Map.of("label", label, "rooms", rooms, "persons", persons, "availableFrom", availableFrom);
    }
}
