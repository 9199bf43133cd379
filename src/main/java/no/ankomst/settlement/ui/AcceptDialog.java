package no.ankomst.settlement.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import no.ankomst.base.ValidationException;
import no.ankomst.base.ui.Dates;
import no.ankomst.base.ui.FormErrors;
import no.ankomst.base.ui.FormKeys;
import no.ankomst.base.ui.Notifications;
import no.ankomst.settlement.DecisionService;
import no.ankomst.settlement.ProposalRecords.Acceptance;
import no.ankomst.settlement.ProposalRecords.DwellingOption;
import no.ankomst.settlement.ProposalRecords.MemberRow;
import no.ankomst.settlement.ProposalRecords.ProposalRow;

/**
 * Accepts a proposal: the dwelling (only those on offer that fit), and a settlement date per member, the first
 * member's date copied to the others as a start. The service refuses a date before today and places beyond the
 * council's decision.
 */
class AcceptDialog extends Dialog {

    private final ProposalRow proposal;
    private final DecisionService decisions;
    private final Runnable saved;
    private final ComboBox<DwellingOption> dwelling = new ComboBox<>();
    private final Map<Long, DatePicker> dates = new LinkedHashMap<>();

    AcceptDialog(ProposalRow proposal, DecisionService decisions, Runnable saved) {
        this.proposal = proposal;
        this.decisions = decisions;
        this.saved = saved;
        setId("accept-dialog");
        setHeaderTitle(getTranslation("settlement.acceptHeading"));
        dwelling.setId("accept-dwelling");
        dwelling.setLabel(getTranslation("field.dwelling"));
        dwelling.setItems(decisions.dwellings(proposal.id()));
        dwelling.setItemLabelGenerator(d -> d.label() + " (" + d.rooms() + " / " + d.persons() + ")");
        if (proposal.dwellingId() != null) {
            decisions.dwellings(proposal.id()).stream().filter(d -> d.id() == proposal.dwellingId()).findFirst()
                    .ifPresent(dwelling::setValue);
        }
        FormLayout form = new FormLayout(dwelling);
        DatePicker first = null;
        for (MemberRow member : decisions.members(proposal.id())) {
            DatePicker date = Dates.picker(getTranslation("field.settlementDate") + ": " + member.name());
            date.setId("accept-date-" + member.personId());
            if (first == null) {
                first = date;
                DatePicker leader = date;
                leader.addValueChangeListener(event -> dates.values().stream().filter(d -> d != leader && d.isEmpty())
                        .forEach(d -> d.setValue(event.getValue())));
            }
            dates.put(member.personId(), date);
            form.add(date);
        }
        add(form);
        Button save = new Button(getTranslation("settlement.accept"), event -> save());
        save.setId("accept-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        FormKeys.install(this, save, this::close);
        getFooter().add(new Button(getTranslation("settlement.cancel"), event -> close()), save);
        dwelling.focus();
    }

    private void save() {
        if (dwelling.getValue() == null) {
            showErrors(ValidationException.of("dwelling", "validation.required"));
            return;
        }
        Map<Long, LocalDate> chosen = new HashMap<>();
        dates.forEach((person, picker) -> {
            if (picker.getValue() != null) {
                chosen.put(person, picker.getValue());
            }
        });
        try {
            decisions.accept(proposal.id(), proposal.version(), new Acceptance(dwelling.getValue().id(), chosen));
        } catch (ValidationException refused) {
            showErrors(refused);
            throw refused;
        }
        Notifications.success(getTranslation("settlement.accepted"));
        close();
        saved.run();
    }

    private void showErrors(ValidationException exception) {
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("dwelling", dwelling);
        dates.values().stream().findFirst().ifPresent(first -> fields.put("settlementDate", first));
        FormErrors.show(exception, fields);
    }
}
