package no.ankomst.health.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import java.util.Map;
import no.ankomst.base.ValidationException;
import no.ankomst.base.ui.Dates;
import no.ankomst.base.ui.FormErrors;
import no.ankomst.base.ui.FormKeys;
import no.ankomst.health.TbOutcome;
import no.ankomst.health.TbRecords.Appointment;
import no.ankomst.health.TbRecords.NewResult;
import no.ankomst.health.TbTest;
import org.jspecify.annotations.Nullable;

/** A short form for one result: outcome, test day, test type (the appointment's or the flowchart's), a note. */
class RecordResultDialog extends Dialog {

    private final long personId;
    private final Select<TbOutcome> outcome = new Select<>();
    private final DatePicker testedOn = Dates.picker();
    private final Select<TbTest> testType = new Select<>();
    private final TextArea note = new TextArea();

    RecordResultDialog(long personId, @Nullable Appointment appointment, TbTest suggested) {
        this.personId = personId;
        setId("tb-record-dialog");
        setHeaderTitle(getTranslation("tb.record"));
        outcome.setId("tb-outcome");
        outcome.setLabel(getTranslation("tb.field.outcome"));
        outcome.setItems(TbOutcome.values());
        outcome.setItemLabelGenerator(o -> o == null ? "" : getTranslation(o.i18nKey()));
        outcome.setRequiredIndicatorVisible(true);
        testedOn.setId("tb-tested-on");
        testedOn.setLabel(getTranslation("tb.field.testedOn"));
        testedOn.setRequiredIndicatorVisible(true);
        if (appointment != null) {
            testedOn.setValue(appointment.day());
        }
        testType.setId("tb-test-type");
        testType.setLabel(getTranslation("tb.field.testType"));
        testType.setItems(TbTest.values());
        testType.setItemLabelGenerator(t -> t == null ? "" : getTranslation("tb.test." + t.name()));
        testType.setValue(appointment != null ? appointment.testType() : suggested);
        note.setId("tb-note");
        note.setLabel(getTranslation("tb.field.note"));
        note.setMaxLength(2000);
        add(new FormLayout(outcome, testedOn, testType, note));
        Button save = new Button(getTranslation("action.save"), event -> save());
        save.setId("tb-record-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        FormKeys.install(this, save, this::close);
        getFooter().add(new Button(getTranslation("action.cancel"), event -> close()), save);
    }

    private void save() {
        fireEvent(new SaveEvent(this, new NewResult(personId, outcome.getValue(), testedOn.getValue(),
                testType.getValue(), note.getValue())));
    }

    void showErrors(ValidationException exception) {
        FormErrors.show(exception, Map.<String, HasValidation>of("outcome", outcome, "testedOn", testedOn,
                "testType", testType, "note", note));
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    static final class SaveEvent extends ComponentEvent<RecordResultDialog> {
        private final NewResult result;

        SaveEvent(RecordResultDialog source, NewResult result) {
            super(source, false);
            this.result = result;
        }

        NewResult result() {
            return result;
        }
    }
}
