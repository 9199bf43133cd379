package no.ankomst.letters;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import no.ankomst.base.ValidationException;
import org.jspecify.annotations.Nullable;

/**
 * The languages letters are written in. A person's letters are in the language chosen for them, if any; otherwise
 * in the first of their recorded languages that letters are written in (ISO 639-1 or -2 codes; Norwegian in any of
 * its codes is Bokmål); otherwise in the configured default.
 */
public enum LetterLanguage {
    UK("uk"),
    RU("ru"),
    EN("en"),
    NB("nb");

    private static final Map<String, LetterLanguage> RECORDED = Map.ofEntries(
            Map.entry("uk", UK), Map.entry("ukr", UK),
            Map.entry("ru", RU), Map.entry("rus", RU),
            Map.entry("en", EN), Map.entry("eng", EN),
            Map.entry("nb", NB), Map.entry("nob", NB), Map.entry("no", NB), Map.entry("nor", NB),
            Map.entry("nn", NB), Map.entry("nno", NB));

    private final String code;

    LetterLanguage(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /** i18n key of the language's name in the UI. */
    public String i18nKey() {
        return "letters.language." + code;
    }

    /** A code as typed or sent: exactly one of {@code uk}, {@code ru}, {@code en}, {@code nb}. */
    public static LetterLanguage parse(@Nullable String code) {
        for (LetterLanguage language : values()) {
            if (language.code.equals(code)) {
                return language;
            }
        }
        throw ValidationException.of("language", "validation.letters.language");
    }

    /** The letter language a recorded language code stands for, if letters are written in it. */
    public static Optional<LetterLanguage> ofRecorded(String code) {
        return Optional.ofNullable(RECORDED.get(code.toLowerCase(Locale.ROOT)));
    }

    /** The language of a person's letters: chosen, else the first recorded one letters are written in, else {@code fallback}. */
    public static LetterLanguage choose(@Nullable LetterLanguage chosen, List<String> recorded, LetterLanguage fallback) {
        if (chosen != null) {
            return chosen;
        }
        return recorded.stream().map(LetterLanguage::ofRecorded).flatMap(Optional::stream).findFirst()
                .orElse(fallback);
    }
}
