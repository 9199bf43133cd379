package no.ankomst.base.ui;

import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * ISO codes shown as names in the UI's language: {@code UA} as Ukraina / Ukraine, {@code uk} as ukrainsk /
 * Ukrainian. Forms still take the codes; lists and read-only texts show names.
 */
public final class Codes {

    private Codes() {
    }

    public static String country(String code, Locale locale) {
        String name = Locale.of("", code).getDisplayCountry(locale);
        return name.isBlank() ? code : name;
    }

    public static String language(String code, Locale locale) {
        String name = Locale.of(code).getDisplayLanguage(locale);
        return name.isBlank() ? code : name;
    }

    public static String country(String code) {
        return country(code, I18n.locale());
    }

    public static String countries(Collection<String> codes) {
        return codes.stream().map(Codes::country).collect(Collectors.joining(", "));
    }

    public static String languages(Collection<String> codes) {
        Locale locale = I18n.locale();
        return codes.stream().map(code -> language(code, locale)).collect(Collectors.joining(", "));
    }

}
