package no.ankomst.letters;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the letters service takes and gives. */
public final class LetterRecords {

    private LetterRecords() {
    }

    /**
     * What the letter page offers for one person: the letters that apply (the caller may make them and the facts
     * are there), the language the letters would be in, the person's recorded languages and whether the caller may
     * store a chosen language for the person.
     */
    public record LetterOptions(long personId, String name, @Nullable String nameCyrillic, List<LetterKind> kinds,
                                LetterLanguage language, List<String> recordedLanguages, boolean mayChooseLanguage) {
    }

    /**
     * A batch: which letter, for which site (TB notices and school letters) and, for TB notices, which days; the
     * language for all, or null for each person's own.
     */
    public record BatchRequest(@Nullable LetterKind kind, @Nullable Long siteId, @Nullable LocalDate from,
                               @Nullable LocalDate to, @Nullable LetterLanguage language) {
    }

    /** A produced PDF: its file name, bytes, how many letters and pages it holds. */
    public record LetterFile(String fileName, byte[] content, int letters, int pages) {

        public String mediaType() {
            return "application/pdf";
        }
    }
}
