package no.ankomst.health.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import java.util.Map;
import no.ankomst.base.ValidationException;
import no.ankomst.base.ui.Dates;
import no.ankomst.base.ui.FormErrors;
import no.ankomst.base.ui.FormKeys;
import no.ankomst.health.TbRecords.FollowUp;
import no.ankomst.health.TbRecords.TbReferralEntry;

/** Closes a referral: the day it was followed up (not before it was made) and what came of it. */
class FollowUpDialog extends Dialog {

    private final DatePicker on = Dates.picker();
    private final TextArea note = new TextArea();

    FollowUpDialog(TbReferralEntry referral) {
        setId("tb-follow-up-dialog");
        setHeaderTitle(getTranslation("tb.followUp"));
        on.setId("tb-followed-up-on");
        on.setLabel(getTranslation("tb.field.followedUpOn"));
        on.setRequiredIndicatorVisible(true);
        on.setMin(referral.referredOn());
        note.setId("tb-follow-up-note");
        note.setLabel(getTranslation("tb.field.note"));
        note.setMaxLength(2000);
        add(new FormLayout(on, note));
        Button save = new Button(getTranslation("action.save"), event ->
                fireEvent(new SaveEvent(this, new FollowUp(on.getValue(), note.getValue()))));
        save.setId("tb-follow-up-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        FormKeys.install(this, save, this::close);
        getFooter().add(new Button(getTranslation("action.cancel"), event -> close()), save);
    }

    void showErrors(ValidationException exception) {
        FormErrors.show(exception, Map.<String, HasValidation>of("followedUpOn", on, "note", note));
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    static final class SaveEvent extends ComponentEvent<FollowUpDialog> {
        private final FollowUp followUp;

        SaveEvent(FollowUpDialog source, FollowUp followUp) {
            super(source, false);
            this.followUp = followUp;
        }

        FollowUp followUp() {
            return followUp;
        }
    }
}
