package no.ankomst.security.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.shared.Registration;
import java.util.Map;
import no.ankomst.base.ValidationException;
import no.ankomst.base.ui.FormErrors;
import no.ankomst.base.ui.FormKeys;

/** Sets a new password for a user who forgot theirs or is locked out. */
class PasswordDialog extends Dialog {

    private final PasswordField password = new PasswordField();

    PasswordDialog(String username) {
        setId("password-dialog");
        setHeaderTitle(getTranslation("users.resetPasswordFor", username));
        password.setLabel(getTranslation("field.password"));
        password.setId("new-password");
        password.setHelperText(getTranslation("users.password.help"));
        password.setWidthFull();
        add(password);
        Button save = new Button(getTranslation("action.save"), event -> fireEvent(new SaveEvent(this, password.getValue())));
        save.setId("password-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        FormKeys.install(this, save, this::close);
        getFooter().add(new Button(getTranslation("action.cancel"), event -> close()), save);
        password.focus();
    }

    void showErrors(ValidationException exception) {
        FormErrors.show(exception, Map.of("password", password));
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    static final class SaveEvent extends ComponentEvent<PasswordDialog> {
        private final String password;

        SaveEvent(PasswordDialog source, String password) {
            super(source, false);
            this.password = password;
        }

        String password() {
            return password;
        }
    }
}
