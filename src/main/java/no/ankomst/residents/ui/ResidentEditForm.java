package no.ankomst.residents.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.shared.Registration;
import java.util.LinkedHashMap;
import java.util.Map;
import no.ankomst.base.ValidationException;
import no.ankomst.base.ui.FormErrors;
import no.ankomst.base.ui.FormKeys;
import no.ankomst.base.ui.FormSection;
import no.ankomst.residents.ResidentRecords.ResidentChange;

/**
 * Edits a registered person: the person fields, needs, documents and police registrations, in the
 * sections of the registration form. Raises {@link SaveEvent} with the edit (carrying the version it
 * started from) and {@link CancelEvent}; the view saves and hands rule violations back.
 */
class ResidentEditForm extends VerticalLayout {

    private final ResidentChange original;
    private final PersonFields person = new PersonFields("edit");
    private final DocumentRows documents;
    private final RegistrationRows registrations;

    ResidentEditForm(ResidentChange current) {
        this.original = current;
        setId("resident-edit-form");
        setPadding(false);
        person.fill(current);
        documents = new DocumentRows(current.documents());
        registrations = new RegistrationRows(current.registrations());
        add(FormSection.titled(getTranslation("reg.section.person"), person),
                FormSection.titled(getTranslation("reg.section.needs"), person.needs()),
                FormSection.of(getTranslation("edit.section.documents"), documents),
                FormSection.of(getTranslation("edit.section.registrations"), registrations),
                buttons());
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
        var p = person.value();
        return new ResidentChange(original.id(), original.version(), p.familyName(), p.givenNames(),
                p.familyNameCyrillic(), p.givenNamesCyrillic(), p.birthDate(), p.sex(), p.citizenships(),
                p.languages(), p.phone(), p.needs(), p.needsNote(), p.arrivalDate(), p.identityNumber(),
                documents.value(), registrations.value());
    }

    void showErrors(ValidationException exception) {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        person.putFields(fields);
        documents.putFields(fields);
        registrations.putFields(fields);
        FormErrors.show(exception, fields);
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
