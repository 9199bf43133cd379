package no.ankomst.letters;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of the letters, one bundle per language ({@code letters/letters_uk.properties}, {@code _ru}, {@code _nb};
 * English is the base file), never the JVM's default locale: a letter in Ukrainian is Ukrainian on any server.
 * Placeholders {@code {0}}, {@code {1}} are replaced as they are (no MessageFormat, so apostrophes stay apostrophes).
 */
final class LetterTexts {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Map<LetterLanguage, ResourceBundle> BUNDLES = new EnumMap<>(LetterLanguage.class);

    static {
        for (LetterLanguage language : LetterLanguage.values()) {
            BUNDLES.put(language, ResourceBundle.getBundle("letters.letters", language.locale(), NO_FALLBACK));
        }
    }

    private LetterTexts() {
    }

    /** The text of {@code key} in the language, its placeholders replaced; a missing key fails (a letter is not a draft). */
    static String text(LetterLanguage language, String key, Object... args) {
        String text;
        try {
            text = BUNDLES.get(language).getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("letters bundle " + language.code() + " has no " + key, e);
        }
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    /** A day as people write it in the language: "12 березня 2026 р.", "12. mars 2026". */
    static String date(LetterLanguage language, LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale()).format(day);
    }
}
