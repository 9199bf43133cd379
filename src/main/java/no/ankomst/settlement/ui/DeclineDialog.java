package no.ankomst.settlement.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import no.ankomst.base.ValidationException;
import no.ankomst.base.ui.FormErrors;
import no.ankomst.base.ui.FormKeys;
import no.ankomst.base.ui.Notifications;
import no.ankomst.settlement.DecisionService;
import no.ankomst.settlement.ProposalRecords.ProposalRow;

/** Declines a proposal with a required reason: the household returns to the pool and this municipality is out. */
class DeclineDialog extends Dialog {

    private final TextArea reason = new TextArea();

    DeclineDialog(ProposalRow proposal, DecisionService decisions, Runnable saved) {
        setId("decline-dialog");
        setHeaderTitle(getTranslation("settlement.declineHeading"));
        reason.setId("decline-reason");
        reason.setLabel(getTranslation("field.declineReason"));
        reason.setRequired(true);
        reason.setMaxLength(2000);
        reason.setWidthFull();
        add(reason);
        Button save = new Button(getTranslation("settlement.decline"), event -> {
            try {
                decisions.decline(proposal.id(), proposal.version(), reason.getValue());
            } catch (ValidationException refused) {
                FormErrors.show(refused, Map.<String, HasValidation>of("declineReason", reason));
                throw refused;
            }
            Notifications.success(getTranslation("settlement.declined"));
            close();
            saved.run();
        });
        save.setId("decline-save");
        save.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        FormKeys.install(this, save, this::close);
        getFooter().add(new Button(getTranslation("settlement.cancel"), event -> close()), save);
        reason.focus();
    }
}
