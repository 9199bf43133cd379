package no.ankomst.residents;

import com.ibm.icu.text.Transliterator;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Names are searched in one form: every spelling transliterated to lower-case ASCII by ICU
 * ("Шевченко" → "shevchenko"), so a Latin query finds a Cyrillic name and the other way round, and
 * PostgreSQL's trigram similarity forgives typos and transliteration variants ("Aleksandr").
 */
public final class NameSearch {

    // Ukrainian letters the way passports spell them (Ш → sh, Г → h), then any other script, then ASCII.
    // ICU transliterators are thread-safe for transliterate(String).
    private static final Transliterator TO_ASCII = Transliterator.getInstance(
            "Ukrainian-Latin/BGN; Any-Latin; Latin-ASCII; Lower");

    private NameSearch() {
    }

    public static String normalize(String text) {
        // apostrophes (Koval'chuk, O'Neil) join a name rather than split it
        return TO_ASCII.transliterate(text).replaceAll("['’ʼ`]", "").replaceAll("[^a-z0-9]+", " ").strip();
    }

    /** The text stored with a person: all name variants, normalised, in one string. */
    public static String searchText(String... names) {
        return Arrays.stream(names).filter(Objects::nonNull).filter(name -> !name.isBlank())
                .map(NameSearch::normalize).distinct().collect(Collectors.joining(" "));
    }
}
