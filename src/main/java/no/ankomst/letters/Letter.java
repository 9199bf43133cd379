package no.ankomst.letters;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One letter to one person, before rendering: who (the name in Latin letters and, if recorded, Cyrillic), which
 * letter in which language, its date, and its facts. Texts come from the bundles when it is rendered.
 *
 * @param facts the letter's specifics in order, each a label key and a value
 */
public record Letter(long personId, LetterKind kind, LetterLanguage language, String name,
                     @Nullable String nameCyrillic, LocalDate dated, List<Fact> facts) {

    public Letter {
        facts = List.copyOf(facts);
    }

    /**
     * One line of a letter: the key of its label ({@code letter.fact.*}) and its value: a {@link LocalDate} (printed
     * in the letter's language), a {@link Key} (a text of the bundle) or plain text.
     */
    public record Fact(String labelKey, Object value) {
    }

    /** A value that is itself a text of the letters' bundle. */
    public record Key(String key) {
    }
}
