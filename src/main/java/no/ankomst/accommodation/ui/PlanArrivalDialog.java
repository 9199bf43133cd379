package no.ankomst.accommodation.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.util.Map;
import no.ankomst.accommodation.PlannedArrivalRecords.NewPlannedArrival;
import no.ankomst.base.ValidationException;
import no.ankomst.base.ui.Dates;
import no.ankomst.base.ui.FormErrors;
import no.ankomst.base.ui.FormKeys;

/** Enters an expected arrival: when, how many, from where. The service checks the rules. */
class PlanArrivalDialog extends Dialog {

    private final DatePicker expectedOn = Dates.picker();
    private final IntegerField people = new IntegerField();
    private final TextField comingFrom = new TextField();
    private final TextArea note = new TextArea();

    PlanArrivalDialog(long siteId, LocalDate today) {
        setId("plan-arrival-dialog");
        setHeaderTitle(getTranslation("planned.plan"));
        expectedOn.setId("plan-expected-on");
        expectedOn.setLabel(getTranslation("field.expectedOn"));
        expectedOn.setMin(today);
        expectedOn.setValue(today.plusDays(1));
        people.setId("plan-people");
        people.setLabel(getTranslation("field.people"));
        people.setMin(1);
        people.setStepButtonsVisible(true);
        comingFrom.setId("plan-coming-from");
        comingFrom.setLabel(getTranslation("field.comingFrom"));
        comingFrom.setMaxLength(200);
        note.setId("plan-note");
        note.setLabel(getTranslation("field.note"));
        note.setMaxLength(2000);
        FormLayout form = new FormLayout(expectedOn, people, comingFrom, note);
        form.setColspan(note, 2);
        add(form);
        Button save = new Button(getTranslation("action.save"), event -> fireEvent(new SaveEvent(this,
                new NewPlannedArrival(siteId, expectedOn.getValue(), people.getValue(), comingFrom.getValue(),
                        note.getValue()))));
        save.setId("plan-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        FormKeys.install(this, save, this::close);
        getFooter().add(new Button(getTranslation("action.cancel"), event -> close()), save);
        expectedOn.focus();
    }

    void showErrors(ValidationException exception) {
        FormErrors.show(exception, Map.<String, HasValidation>of("expectedOn", expectedOn, "people", people,
                "comingFrom", comingFrom, "note", note));
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    static final class SaveEvent extends ComponentEvent<PlanArrivalDialog> {
        private final NewPlannedArrival arrival;

        SaveEvent(PlanArrivalDialog source, NewPlannedArrival arrival) {
            super(source, false);
            this.arrival = arrival;
        }

        NewPlannedArrival arrival() {
            return arrival;
        }
    }
}
