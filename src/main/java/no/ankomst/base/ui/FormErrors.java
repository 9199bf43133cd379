package no.ankomst.base.ui;

import com.vaadin.flow.component.HasValidation;
import java.util.Map;
import no.ankomst.base.ValidationException;

/**
 * Marks the fields a {@link ValidationException} names, with the rule as their error message; a
 * violation without a field on this form goes to a notification so it is never lost.
 */
public final class FormErrors {

    private FormErrors() {
    }

    public static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(field -> field.setInvalid(false));
    }

    public static void show(ValidationException exception, Map<String, ? extends HasValidation> fields) {
        clear(fields);
        StringBuilder unplaced = new StringBuilder();
        for (ValidationException.Violation violation : exception.violations()) {
            HasValidation field = fields.get(violation.field());
            if (field != null) {
                field.setErrorMessage(I18n.rule(violation));
                field.setInvalid(true);
            } else {
                unplaced.append(I18n.t("field." + violation.field())).append(": ").append(I18n.rule(violation))
                        .append('\n');
            }
        }
        if (!unplaced.isEmpty()) {
            Notifications.error(unplaced.toString().strip());
        }
    }
}
