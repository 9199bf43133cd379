package no.ankomst.protection.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
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

/**
 * Every change of a case asks for the same two things, the date it took effect and why; each action adds
 * its own fields. Saving runs the action: a refusal marks the fields it names and the dialog stays open;
 * a conflict (someone else changed the case) closes it and reloads the panel.
 */
class CaseDialog extends Dialog {

    /** What the dialog's Save does; throws {@link ValidationException} to refuse. */
    interface Action {
        void save(CaseDialog dialog);
    }

    final DatePicker effectiveOn = Dates.picker();
    final TextField reason = new TextField();
    private final FormLayout form = new FormLayout();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    CaseDialog(String id, String titleKey, LocalDate today, Action action, Runnable afterSave) {
        setId(id);
        setHeaderTitle(I18n.t(titleKey));
        effectiveOn.setId(id + "-effective-on");
        effectiveOn.setLabel(I18n.t("field.effectiveOn"));
        effectiveOn.setValue(today);
        effectiveOn.setMax(today);
        reason.setId(id + "-reason");
        reason.setLabel(I18n.t("field.reason"));
        reason.setMaxLength(1000);
        reason.setWidthFull();
        field("effectiveOn", effectiveOn);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        add(form);
        Button save = new Button(I18n.t("action.save"), event -> {
            try {
                action.save(this);
                close();
                Notifications.success(I18n.t("case.saved"));
                afterSave.run();
            } catch (ValidationException refused) {
                FormErrors.show(refused, fields);
            } catch (ConflictException conflict) {
                close();
                Notifications.error(I18n.t("case.conflict"));
                afterSave.run();
            }
        });
        save.setId(id + "-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        FormKeys.install(this, save, this::close);
        Button cancel = new Button(I18n.t("action.cancel"), event -> close());
        cancel.setId(id + "-cancel");
        getFooter().add(cancel, save);
    }

    /** Adds a field the dialog's violations may name; the reason always comes last, over the full width. */
    <C extends Component & HasValidation> C field(String name, C component) {
        fields.put(name, component);
        form.add(component);
        return component;
    }

    void addOther(Component component) {
        form.add(component);
    }

    /** Call once the action's fields are added. */
    CaseDialog withReason() {
        fields.put("reason", reason);
        form.add(reason, 2);
        effectiveOn.focus();
        return this;
    }
}
