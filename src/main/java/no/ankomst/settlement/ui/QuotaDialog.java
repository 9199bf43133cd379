package no.ankomst.settlement.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import no.ankomst.base.ConflictException;
import no.ankomst.base.ValidationException;
import no.ankomst.base.ui.Dates;
import no.ankomst.base.ui.FormErrors;
import no.ankomst.base.ui.FormKeys;
import no.ankomst.base.ui.Notifications;
import no.ankomst.settlement.QuotaRecords.DecisionForm;
import no.ankomst.settlement.QuotaRecords.QuotaRow;
import no.ankomst.settlement.QuotaRecords.RequestForm;
import no.ankomst.settlement.QuotaService;

/** Records the officer's request, or the council's decision, for one municipality and year. */
class QuotaDialog extends Dialog {

    enum Kind { REQUEST, DECISION }

    private final QuotaService quotas;
    private final QuotaRow row;
    private final Kind kind;
    private final Runnable saved;
    private final IntegerField persons = new IntegerField();
    private final IntegerField minors = new IntegerField();
    private final DatePicker decidedOn = Dates.picker();
    private final TextArea note = new TextArea();

    QuotaDialog(QuotaService quotas, QuotaRow row, Kind kind, Runnable saved) {
        this.quotas = quotas;
        this.row = row;
        this.kind = kind;
        this.saved = saved;
        setId("quota-dialog");
        setHeaderTitle(row.municipalityName() + " " + row.year());
        boolean request = kind == Kind.REQUEST;
        persons.setLabel(getTranslation(request ? "settlement.field.requestedPersons" : "settlement.field.decidedPersons"));
        persons.setId("quota-persons");
        minors.setLabel(getTranslation(request ? "settlement.field.requestedMinors" : "settlement.field.decidedMinors"));
        minors.setId("quota-minors");
        decidedOn.setLabel(getTranslation("settlement.field.decidedOn"));
        decidedOn.setId("quota-decided-on");
        decidedOn.setVisible(!request);
        note.setLabel(getTranslation("settlement.field.note"));
        note.setVisible(request);
        note.setMaxLength(QuotaServiceLimits.NOTE);
        persons.setValue(request ? row.requestedPersons() : row.decidedPersons());
        minors.setValue(request ? row.requestedMinors() : row.decidedMinors());
        decidedOn.setValue(row.decidedOn());
        add(new FormLayout(persons, minors, decidedOn, note));
        Button save = new Button(getTranslation("action.save"), event -> save());
        save.setId("quota-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        FormKeys.install(this, save, this::close);
        getFooter().add(new Button(getTranslation("action.cancel"), event -> close()), save);
    }

    private void save() {
        try {
            if (kind == Kind.REQUEST) {
                quotas.recordRequest(new RequestForm(row.municipalityCode(), row.year(),
                        row.id() == null ? null : row.version(), persons.getValue(), minors.getValue(), note.getValue()));
            } else {
                quotas.recordDecision(new DecisionForm(row.municipalityCode(), row.year(), row.version(),
                        persons.getValue(), minors.getValue(), decidedOn.getValue()));
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
        return kind == Kind.REQUEST
                ? Map.of("requestedPersons", persons, "requestedMinors", minors, "note", note)
                : Map.of("decidedPersons", persons, "decidedMinors", minors, "decidedOn", decidedOn);
    }

    /** The note's limit as the service checks it. */
    private static final class QuotaServiceLimits {
        static final int NOTE = 2000;
    }
}
