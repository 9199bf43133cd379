package no.ankomst.residents.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.ankomst.base.ValidationException;
import no.ankomst.base.ui.Dates;
import no.ankomst.base.ui.FormErrors;
import no.ankomst.base.ui.FormKeys;
import no.ankomst.residents.Need;
import no.ankomst.residents.ResidentRecords.ResidentChange;
import no.ankomst.residents.Sex;

/**
 * Edits a registered person: the person fields, needs, documents and police registrations, in the
 * sections of the registration form. Raises {@link SaveEvent} with the edit (carrying the version it
 * started from) and {@link CancelEvent}; the view saves and hands rule violations back.
 */
class ResidentEditForm extends VerticalLayout {

    private final ResidentChange original;
    private final TextField familyName = field("familyName", "edit-family-name");
    private final TextField givenNames = field("givenNames", "edit-given-names");
    private final TextField familyNameCyrillic = field("familyNameCyrillic", "edit-family-name-cyrillic");
    private final TextField givenNamesCyrillic = field("givenNamesCyrillic", "edit-given-names-cyrillic");
    private final DatePicker birthDate = Dates.picker(getTranslation("field.birthDate"));
    private final Select<Sex> sex = new Select<>();
    private final TextField citizenships = field("citizenships", "edit-citizenships");
    private final TextField languages = field("languages", "edit-languages");
    private final TextField phone = field("phone", "edit-phone");
    private final TextField identityNumber = field("identityNumber", "edit-identity-number");
    private final DatePicker arrivalDate = Dates.picker(getTranslation("field.arrivalDate"));
    private final CheckboxGroup<Need> needs = new CheckboxGroup<>();
    private final TextArea needsNote = new TextArea(getTranslation("field.needsNote"));
    private final DocumentRows documents;
    private final RegistrationRows registrations;

    ResidentEditForm(ResidentChange current) {
        this.original = current;
        setId("resident-edit-form");
        setPadding(false);
        birthDate.setId("edit-birth-date");
        sex.setLabel(getTranslation("field.sex"));
        sex.setId("edit-sex");
        sex.setItems(Sex.values());
        sex.setItemLabelGenerator(s -> getTranslation("sex." + s.name()));
        citizenships.setHelperText(getTranslation("reg.codes.help"));
        arrivalDate.setId("edit-arrival-date");
        needs.setLabel(getTranslation("field.needs"));
        needs.setId("edit-needs");
        needs.setItems(Need.values());
        needs.setItemLabelGenerator(n -> getTranslation("need." + n.name()));
        needsNote.setId("edit-needs-note");
        needsNote.setMaxLength(1000);
        fill(current);
        documents = new DocumentRows(current.documents());
        registrations = new RegistrationRows(current.registrations());
        add(section("reg.section.person", familyName, givenNames, familyNameCyrillic, givenNamesCyrillic, birthDate,
                        sex, citizenships, languages, phone, identityNumber, arrivalDate),
                section("reg.section.needs", needs, needsNote),
                section("edit.section.documents", documents),
                section("edit.section.registrations", registrations),
                buttons());
        familyName.focus();
    }

    private void fill(ResidentChange p) {
        familyName.setValue(p.familyName());
        givenNames.setValue(p.givenNames());
        familyNameCyrillic.setValue(orEmpty(p.familyNameCyrillic()));
        givenNamesCyrillic.setValue(orEmpty(p.givenNamesCyrillic()));
        birthDate.setValue(p.birthDate());
        sex.setValue(p.sex());
        citizenships.setValue(String.join(", ", p.citizenships()));
        languages.setValue(String.join(", ", p.languages()));
        phone.setValue(orEmpty(p.phone()));
        identityNumber.setValue(orEmpty(p.identityNumber()));
        arrivalDate.setValue(p.arrivalDate());
        needs.setValue(p.needs());
        needsNote.setValue(orEmpty(p.needsNote()));
    }

    private HorizontalLayout buttons() {
        Button save = new Button(getTranslation("action.save"), e -> fireEvent(new SaveEvent(this, value())));
        save.setId("edit-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> fireEvent(new CancelEvent(this)));
        cancel.setId("edit-cancel");
        FormKeys.install(this, save, () -> fireEvent(new CancelEvent(this)));
        return new HorizontalLayout(save, cancel);
    }

    ResidentChange value() {
        return new ResidentChange(original.id(), original.version(), familyName.getValue(), givenNames.getValue(),
                familyNameCyrillic.getValue(), givenNamesCyrillic.getValue(), birthDate.getValue(), sex.getValue(),
                codes(citizenships, true), codes(languages, false), phone.getValue(), needs.getValue(),
                needsNote.getValue(), arrivalDate.getValue(), identityNumber.getValue(), documents.value(),
                registrations.value());
    }

    void showErrors(ValidationException exception) {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("familyName", familyName);
        fields.put("givenNames", givenNames);
        fields.put("familyNameCyrillic", familyNameCyrillic);
        fields.put("givenNamesCyrillic", givenNamesCyrillic);
        fields.put("birthDate", birthDate);
        fields.put("sex", sex);
        fields.put("citizenships", citizenships);
        fields.put("languages", languages);
        fields.put("phone", phone);
        fields.put("identityNumber", identityNumber);
        fields.put("arrivalDate", arrivalDate);
        fields.put("needsNote", needsNote);
        documents.putFields(fields);
        registrations.putFields(fields);
        FormErrors.show(exception, fields);
    }

    private TextField field(String key, String id) {
        TextField field = new TextField(getTranslation("field." + key));
        field.setId(id);
        return field;
    }

    private VerticalLayout section(String titleKey, Component... fields) {
        FormLayout form = new FormLayout(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2),
                new FormLayout.ResponsiveStep("70em", 4));
        if (fields.length == 1) {
            form.setColspan(fields[0], 4);
        }
        VerticalLayout section = new VerticalLayout(new H3(getTranslation(titleKey)), form);
        section.setPadding(false);
        section.addClassName("form-section");
        return section;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static List<String> codes(TextField field, boolean upper) {
        return Arrays.stream(field.getValue().split("[,; ]+")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> upper ? s.toUpperCase() : s.toLowerCase()).distinct().toList();
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    static final class SaveEvent extends ComponentEvent<ResidentEditForm> {
        private final ResidentChange change;

        SaveEvent(ResidentEditForm source, ResidentChange change) {
            super(source, false);
            this.change = change;
        }

        ResidentChange change() {
            return change;
        }
    }

    static final class CancelEvent extends ComponentEvent<ResidentEditForm> {
        CancelEvent(ResidentEditForm source) {
            super(source, false);
        }
    }
}
