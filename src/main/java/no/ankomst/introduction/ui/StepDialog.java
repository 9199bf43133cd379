package no.ankomst.introduction.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import no.ankomst.base.ConflictException;
import no.ankomst.base.ValidationException;
import no.ankomst.base.ui.Dates;
import no.ankomst.base.ui.FormErrors;
import no.ankomst.base.ui.FormKeys;
import no.ankomst.base.ui.I18n;
import no.ankomst.base.ui.Notifications;
import no.ankomst.introduction.IntroductionRecords.RightRow;
import no.ankomst.introduction.IntroductionRecords.Step;
import no.ankomst.introduction.IntroductionService;

/**
 * One step of participation: its day (today by default) and, for a decline, the reason. A refusal marks the field
 * and the dialog stays open; a conflict closes it and the panel shows the latest.
 */
class StepDialog extends Dialog {

    private final DatePicker day;
    private final TextArea reason = new TextArea();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    StepDialog(IntroductionService service, RightRow right, Step step, LocalDate today, Runnable afterSave) {
        setId("introduction-step-dialog");
        setHeaderTitle(I18n.t(step.i18nKey()));
        day = Dates.picker(I18n.t("field.day"), today);
        day.setId("introduction-step-day");
        day.setRequiredIndicatorVisible(true);
        FormLayout form = new FormLayout(day);
        fields.put("day", day);
        if (step == Step.DECLINE) {
            reason.setId("introduction-step-reason");
            reason.setLabel(I18n.t("field.reason"));
            reason.setRequiredIndicatorVisible(true);
            reason.setMaxLength(2000);
            form.add(reason);
            fields.put("reason", reason);
        }
        add(form);
        Button save = new Button(I18n.t(step.i18nKey()), e -> {
            try {
                service.step(right.id(), right.version(), step, day.getValue(),
                        step == Step.DECLINE ? reason.getValue() : null);
                close();
                Notifications.success(I18n.t("introduction.saved"));
                afterSave.run();
            } catch (ValidationException refused) {
                FormErrors.show(refused, fields);
            } catch (ConflictException conflict) {
                close();
                Notifications.error(I18n.t("introduction.conflict"));
                afterSave.run();
            }
        });
        save.setId("introduction-step-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(I18n.t("action.cancel"), e -> close());
        cancel.setId("introduction-step-cancel");
        getFooter().add(cancel, save);
        FormKeys.install(this, save, this::close);
    }
}
