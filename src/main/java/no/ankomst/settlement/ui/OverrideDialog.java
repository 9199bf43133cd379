package no.ankomst.settlement.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import no.ankomst.base.ValidationException;
import no.ankomst.base.ui.FormErrors;
import no.ankomst.base.ui.FormKeys;
import no.ankomst.base.ui.Notifications;
import no.ankomst.settlement.ProposalRecords.DwellingOption;
import no.ankomst.settlement.ProposalRecords.ProposalRow;
import no.ankomst.settlement.ProposalService;

/**
 * Moves a draft to another municipality of the officer's counties (and a dwelling there), with a required reason;
 * shows how the household would score there, term by term, before saving.
 */
class OverrideDialog extends Dialog {

    private final ProposalRow proposal;
    private final ProposalService proposals;
    private final ComboBox<String> municipality = new ComboBox<>();
    private final ComboBox<DwellingOption> dwelling = new ComboBox<>();
    private final TextArea reason = new TextArea();
    private final ExplanationTable score = new ExplanationTable("override-score");
    private final Runnable saved;

    OverrideDialog(ProposalRow proposal, ProposalService proposals, Map<String, String> names, Runnable saved) {
        this.proposal = proposal;
        this.proposals = proposals;
        this.saved = saved;
        setId("override-dialog");
        setHeaderTitle(getTranslation("settlement.overrideHeading"));
        municipality.setId("override-municipality");
        municipality.setLabel(getTranslation("field.municipality"));
        municipality.setItems(proposals.overrideMunicipalities());
        municipality.setItemLabelGenerator(code -> names.getOrDefault(code, code));
        municipality.addValueChangeListener(event -> chosen(event.getValue(), names));
        dwelling.setId("override-dwelling");
        dwelling.setLabel(getTranslation("field.dwelling"));
        dwelling.setItemLabelGenerator(d -> d.label() + " (" + d.rooms() + " / " + d.persons() + ")");
        reason.setId("override-reason");
        reason.setLabel(getTranslation("field.overrideReason"));
        reason.setMaxLength(2000);
        reason.setRequired(true);
        score.setVisible(false);
        add(new FormLayout(municipality, dwelling, reason), score);
        Button save = new Button(getTranslation("settlement.save"), event -> save());
        save.setId("override-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        FormKeys.install(this, save, this::close);
        getFooter().add(new Button(getTranslation("settlement.cancel"), event -> close()), save);
        municipality.focus();
    }

    private void chosen(String code, Map<String, String> names) {
        dwelling.clear();
        if (code == null) {
            dwelling.setItems(List.of());
            score.setVisible(false);
            return;
        }
        dwelling.setItems(proposals.dwellingsFor(proposal.id(), code));
        proposals.scoreThere(proposal.id(), code).ifPresentOrElse(there -> {
            score.showOne(there.terms(), there.total(), names.getOrDefault(code, code));
            score.setVisible(true);
        }, () -> score.setVisible(false));
    }

    private void save() {
        if (municipality.getValue() == null) {
            showErrors(ValidationException.of("municipality", "validation.required"));
            return;
        }
        try {
            proposals.override(proposal.id(), proposal.version(), municipality.getValue(),
                    dwelling.getValue() == null ? null : dwelling.getValue().id(), reason.getValue());
        } catch (ValidationException refused) {
            showErrors(refused);
            throw refused;
        }
        Notifications.success(getTranslation("settlement.overridden", municipality.getValue()));
        close();
        saved.run();
    }

    private void showErrors(ValidationException exception) {
        FormErrors.show(exception, Map.<String, HasValidation>of("municipality", municipality, "dwelling", dwelling,
                "overrideReason", reason));
    }
}
