package no.ankomst.base.ui;

import com.vaadin.flow.component.UI;
import java.util.Locale;
import java.util.stream.Collectors;
import no.ankomst.base.ValidationException;

/** Turns rule violations into the user's language: "Username: already taken". */
public final class I18n {

    public static final Locale NORWEGIAN = Locale.of("nb");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private I18n() {
    }

    /** The UI's language; Norwegian outside a request (the app's default). */
    public static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? NORWEGIAN : ui.getLocale();
    }

    public static String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }

    public static String rule(ValidationException.Violation violation) {
        return t(violation.ruleKey(), violation.args().toArray());
    }

    public static String describe(ValidationException exception) {
        return exception.violations().stream()
                .map(v -> t("field." + v.field()) + ": " + rule(v))
                .collect(Collectors.joining("\n"));
    }
}
