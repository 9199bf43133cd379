package no.ankomst.schooling.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.ankomst.base.ConflictException;
import no.ankomst.base.ValidationException;
import no.ankomst.base.ui.FormErrors;
import no.ankomst.base.ui.FormKeys;
import no.ankomst.base.ui.I18n;
import no.ankomst.base.ui.Notifications;
import no.ankomst.schooling.SchoolingRecords.Warning;

/**
 * The frame of the School tab's forms: fields the service's violations name, Save (a refusal marks the fields and
 * the dialog stays open; warnings are shown after saving), Cancel, and the house's keyboard rules.
 */
abstract class SchoolingDialog extends Dialog {

    private final FormLayout form = new FormLayout();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Runnable afterSave;

    SchoolingDialog(String id, String titleKey, Runnable afterSave) {
        this.afterSave = afterSave;
        setId(id);
        setHeaderTitle(I18n.t(titleKey));
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        add(form);
        Button save = new Button(I18n.t("action.save"), event -> save());
        save.setId(id + "-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(I18n.t("action.cancel"), event -> close());
        cancel.setId(id + "-cancel");
        getFooter().add(cancel, save);
        FormKeys.install(this, save, this::close);
    }

    /** Saves through the service; returns its warnings. */
    abstract List<Warning> doSave();

    <C extends Component & HasValidation> C field(String name, C component) {
        fields.put(name, component);
        form.add(component);
        return component;
    }

    void other(Component component) {
        form.add(component);
    }

    void save() {
        try {
            List<Warning> warnings = doSave();
            close();
            SchoolingTexts.saved(warnings);
            afterSave.run();
        } catch (ValidationException refused) {
            FormErrors.show(refused, fields);
        } catch (ConflictException conflict) {
            close();
            Notifications.error(I18n.t("schooling.conflict"));
            afterSave.run();
        }
    }
}
