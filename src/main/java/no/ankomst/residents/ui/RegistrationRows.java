package no.ankomst.residents.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.ankomst.base.ui.Dates;
import no.ankomst.residents.ResidentRecords.PoliceRegistrationInput;
import no.ankomst.residents.ResidentRecords.RegistrationEdit;
import org.jspecify.annotations.Nullable;

/** The police registrations (usually one), each editable; one can be added or removed. */
class RegistrationRows extends VerticalLayout {

    private final List<Row> rows = new ArrayList<>();
    private final VerticalLayout list = new VerticalLayout();

    RegistrationRows(List<RegistrationEdit> registrations) {
        setPadding(false);
        list.setPadding(false);
        registrations.forEach(r -> addRow(r.id(), r.registration()));
        Button add = new Button(getTranslation("edit.addRegistration"), VaadinIcon.PLUS.create(),
                e -> addRow(null, new PoliceRegistrationInput(null, "", false, false, false, null, false)));
        add.setId("edit-add-registration");
        add(list, add);
    }

    private void addRow(@Nullable Long id, PoliceRegistrationInput registration) {
        Row row = new Row(id, registration);
        rows.add(row);
        list.add(row);
        reindex();
    }

    private void reindex() {
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).district.setId("edit-registration-" + i + "-district");
            rows.get(i).card.setId("edit-registration-" + i + "-card");
            rows.get(i).remove.setId("edit-registration-" + i + "-remove");
        }
    }

    List<RegistrationEdit> value() {
        return rows.stream().map(r -> new RegistrationEdit(r.id, new PoliceRegistrationInput(r.registeredOn.getValue(),
                r.district.getValue(), r.atArrivalCentre.getValue(), r.fingerprints.getValue(), r.photo.getValue(),
                r.card.getValue(), r.askedForAccommodation.getValue()))).toList();
    }

    /** Each row's fields under the names the rules use ({@code policeRegistrations.<row>.policeDistrict}). */
    void putFields(Map<String, HasValidation> fields) {
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            fields.put("policeRegistrations." + i + ".registeredOn", row.registeredOn);
            fields.put("policeRegistrations." + i + ".policeDistrict", row.district);
            fields.put("policeRegistrations." + i + ".asylumCardNumber", row.card);
        }
    }

    private final class Row extends FormLayout {
        private final @Nullable Long id;
        private final DatePicker registeredOn = Dates.picker(getTranslation("field.registeredOn"));
        private final TextField district = new TextField(getTranslation("field.policeDistrict"));
        private final TextField card = new TextField(getTranslation("field.asylumCardNumber"));
        private final Checkbox atArrivalCentre = new Checkbox(getTranslation("field.atArrivalCentre"));
        private final Checkbox fingerprints = new Checkbox(getTranslation("field.fingerprintsTaken"));
        private final Checkbox photo = new Checkbox(getTranslation("field.photoTaken"));
        private final Checkbox askedForAccommodation = new Checkbox(getTranslation("field.askedForAccommodation"));
        private final Button remove = new Button(getTranslation("edit.removeRegistration"), VaadinIcon.TRASH.create());

        Row(@Nullable Long id, PoliceRegistrationInput registration) {
            this.id = id;
            registeredOn.setValue(registration.registeredOn());
            district.setValue(registration.policeDistrict());
            card.setValue(registration.asylumCardNumber() == null ? "" : registration.asylumCardNumber());
            atArrivalCentre.setValue(registration.atArrivalCentre());
            fingerprints.setValue(registration.fingerprintsTaken());
            photo.setValue(registration.photoTaken());
            askedForAccommodation.setValue(registration.askedForAccommodation());
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            remove.addClickListener(e -> {
                rows.remove(this);
                list.remove(this);
                reindex();
            });
            setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 3));
            addClassName("registration-row");
            add(registeredOn, district, card, atArrivalCentre, fingerprints, photo, askedForAccommodation, remove);
        }
    }
}
