package no.ankomst.introduction.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import java.util.LinkedHashMap;
import java.util.Map;
import no.ankomst.base.ConflictException;
import no.ankomst.base.ValidationException;
import no.ankomst.base.ui.FormErrors;
import no.ankomst.base.ui.FormKeys;
import no.ankomst.base.ui.I18n;
import no.ankomst.base.ui.Notifications;
import no.ankomst.introduction.IntroductionRecords.Content;
import no.ankomst.introduction.IntroductionRecords.LanguageTraining;
import no.ankomst.introduction.IntroductionRecords.Orientation;
import no.ankomst.introduction.IntroductionRecords.RightRow;
import no.ankomst.introduction.IntroductionService;

/** The programme's content: orientation, language training, and parenting guidance (offered to parents only). */
class ContentDialog extends Dialog {

    private final Select<Orientation> orientation = new Select<>();
    private final Select<LanguageTraining> language = new Select<>();
    private final Checkbox guidance = new Checkbox();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    ContentDialog(IntroductionService service, RightRow right, boolean parent, Runnable afterSave) {
        setId("introduction-content-dialog");
        setHeaderTitle(I18n.t("introduction.setContent"));
        orientation.setId("introduction-orientation");
        orientation.setLabel(I18n.t("introduction.field.orientation"));
        orientation.setEmptySelectionAllowed(true);
        orientation.setItems(Orientation.values());
        orientation.setItemLabelGenerator(o -> o == null ? "–" : I18n.t(o.i18nKey()));
        orientation.setValue(right.content().orientation());
        language.setId("introduction-language");
        language.setLabel(I18n.t("introduction.field.language"));
        language.setEmptySelectionAllowed(true);
        language.setItems(LanguageTraining.values());
        language.setItemLabelGenerator(l -> l == null ? "–" : I18n.t(l.i18nKey()));
        language.setValue(right.content().language());
        guidance.setId("introduction-parenting-guidance");
        guidance.setLabel(I18n.t("introduction.field.parentingGuidance"));
        guidance.setValue(right.content().parentingGuidance());
        // offered to parents; shown also when set, so a record made before can be read and cleared
        guidance.setVisible(parent || right.content().parentingGuidance());
        fields.put("orientation", orientation);
        fields.put("language", language);
        fields.put("parentingGuidance", guidance);
        add(new FormLayout(orientation, language, guidance));
        Button save = new Button(I18n.t("action.save"), e -> {
            try {
                service.setContent(right.id(), right.version(),
                        new Content(orientation.getValue(), language.getValue(), guidance.getValue()));
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
        save.setId("introduction-content-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(I18n.t("action.cancel"), e -> close());
        cancel.setId("introduction-content-cancel");
        getFooter().add(cancel, save);
        FormKeys.install(this, save, this::close);
    }
}
