package no.ankomst.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasEnabled;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The keyboard rules of every form, in one place. Enter saves only from a one-line text field and only
 * when every required field is filled (Enter in a choice box or a date picker picks a value, it never
 * saves a half-filled form), or from the save button itself. Escape discards, but asks first when
 * something was changed. Focus starts in the first field.
 *
 * <p>Install it once the form's fields exist and hold their starting values: {@code FormKeys.install(form,
 * save, this::close)}. In a {@link Dialog} the dialog's own close-on-Escape is replaced by this rule.
 */
public final class FormKeys {

    private final Component form;
    private final Runnable discard;
    private final Map<HasValue<?, ?>, Object> startingValues = new IdentityHashMap<>();

    private FormKeys(Component form, Runnable discard) {
        this.form = form;
        this.discard = discard;
    }

    public static FormKeys install(Component form, Button save, Runnable discard) {
        FormKeys keys = new FormKeys(form, discard);
        if (form instanceof Dialog dialog) {
            dialog.setCloseOnEsc(false);
        }
        Shortcuts.addShortcutListener(form, keys::discardOrAsk, Key.ESCAPE).listenOn(form);
        // the fields and their starting values are complete once the form is shown (a dialog is filled before open)
        if (form.isAttached()) {
            keys.start(save);
        } else {
            Registration[] once = new Registration[1];
            once[0] = form.addAttachListener(event -> {
                once[0].remove();
                keys.start(save);
            });
        }
        return keys;
    }

    private void start(Button save) {
        markClean();
        List<Component> fields = fields(form).toList();
        for (Component field : fields) {
            if (isOneLineText(field)) {
                Shortcuts.addShortcutListener(field, () -> saveIfComplete(save), Key.ENTER).listenOn(field);
            }
        }
        fields.stream().filter(field -> field instanceof Focusable<?> && field.isVisible()
                        && ((HasEnabled) field).isEnabled() && !((HasValue<?, ?>) field).isReadOnly())
                .map(field -> (Focusable<?>) field).findFirst().ifPresent(Focusable::focus);
    }

    /** The current values become the ones Escape compares with (after a save that keeps the form open). */
    public void markClean() {
        startingValues.clear();
        fields(form).forEach(field -> startingValues.put((HasValue<?, ?>) field, ((HasValue<?, ?>) field).getValue()));
    }

    /** Something differs from the starting values, a field added since included when it holds a value. */
    public boolean changed() {
        return fields(form).map(field -> (HasValue<?, ?>) field).anyMatch(field -> startingValues.containsKey(field)
                ? !Objects.equals(startingValues.get(field), field.getValue()) : !field.isEmpty());
    }

    private void saveIfComplete(Button save) {
        boolean complete = fields(form).map(field -> (HasValue<?, ?>) field)
                .noneMatch(field -> field.isRequiredIndicatorVisible() && field.isEmpty());
        if (complete && save.isEnabled() && save.isVisible()) {
            save.click();
        }
    }

    private void discardOrAsk() {
        if (!changed()) {
            discard.run();
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("discard-confirm");
        confirm.setHeader(I18n.t("form.discard.title"));
        confirm.setText(I18n.t("form.discard.text"));
        confirm.setConfirmText(I18n.t("form.discard.confirm"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(I18n.t("form.discard.keep"));
        confirm.addConfirmListener(event -> discard.run());
        confirm.open();
    }

    private static boolean isOneLineText(Component field) {
        return field instanceof TextField || field instanceof EmailField || field instanceof PasswordField
                || field instanceof IntegerField || field instanceof NumberField || field instanceof BigDecimalField;
    }

    /** The form's input fields, depth first, not looking inside a field (a custom field counts once). */
    private static Stream<Component> fields(Component root) {
        List<Component> found = new ArrayList<>();
        collect(root, found);
        return found.stream();
    }

    private static void collect(Component component, List<Component> found) {
        component.getChildren().forEach(child -> {
            if (child instanceof HasValue<?, ?> && !(child instanceof Button)) {
                found.add(child);
            } else {
                collect(child, found);
            }
        });
    }
}
