package no.ankomst.letters;

import static no.ankomst.db.Tables.LETTER_LANGUAGE;
import static no.ankomst.db.Tables.PERSON;

import java.time.LocalDate;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * Who a letter is addressed to (names in both scripts, recorded languages) and the letter language chosen for a
 * person. Read only for people a feature's scoped read has already let through ({@link LetterSources}).
 */
@Repository
class LetterRepository {

    private final DSLContext db;

    LetterRepository(DSLContext db) {
        this.db = db;
    }

    /**
     * A merge of two records: the duplicate's chosen letter language moves to the survivor unless the survivor has
     * one (the survivor's choice stands, the duplicate's goes).
     *
     * @return whether the duplicate's choice moved
     */
    boolean moveLanguage(long duplicateId, long survivorId) {
        if (db.fetchExists(LETTER_LANGUAGE, LETTER_LANGUAGE.PERSON_ID.eq(survivorId))) {
            db.deleteFrom(LETTER_LANGUAGE).where(LETTER_LANGUAGE.PERSON_ID.eq(duplicateId)).execute();
            return false;
        }
        return db.update(LETTER_LANGUAGE).set(LETTER_LANGUAGE.PERSON_ID, survivorId)
                .where(LETTER_LANGUAGE.PERSON_ID.eq(duplicateId)).execute() > 0;
    }

    /** The addressee as the letter prints them; {@code chosen} null: no language chosen for the person. */
    record Addressee(long personId, String name, @Nullable String nameCyrillic, LocalDate birthDate,
                     List<String> languages, @Nullable LetterLanguage chosen) {
    }

    /** The addressees among {@code personIds} (merged duplicates left out), by id. */
    Map<Long, Addressee> addressees(Collection<Long> personIds) {
        Map<Long, Addressee> found = new LinkedHashMap<>();
        db.select(PERSON.ID, PERSON.GIVEN_NAMES, PERSON.FAMILY_NAME, PERSON.GIVEN_NAMES_CYRILLIC,
                        PERSON.FAMILY_NAME_CYRILLIC, PERSON.BIRTH_DATE, PERSON.LANGUAGES, LETTER_LANGUAGE.LANGUAGE)
                .from(PERSON).leftJoin(LETTER_LANGUAGE).on(LETTER_LANGUAGE.PERSON_ID.eq(PERSON.ID))
                .where(PERSON.ID.in(personIds).and(PERSON.MERGED_INTO.isNull()))
                .forEach(r -> found.put(r.value1(), new Addressee(r.value1(), r.value2() + " " + r.value3(),
                        cyrillic(r.value4(), r.value5()), r.value6(), Arrays.asList(r.value7()),
                        r.value8() == null ? null : LetterLanguage.parse(r.value8()))));
        return found;
    }

    private static @Nullable String cyrillic(@Nullable String given, @Nullable String family) {
        String joined = ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
        return joined.isEmpty() ? null : joined;
    }

    /** Chooses the language of the person's letters (a second choice replaces the first). */
    void choose(long personId, LetterLanguage language, String by, Instant at) {
        db.insertInto(LETTER_LANGUAGE).set(LETTER_LANGUAGE.PERSON_ID, personId)
                .set(LETTER_LANGUAGE.LANGUAGE, language.code()).set(LETTER_LANGUAGE.CHOSEN_BY, by)
                .set(LETTER_LANGUAGE.CHOSEN_AT, at)
                .onConflict(LETTER_LANGUAGE.PERSON_ID).doUpdate()
                .set(LETTER_LANGUAGE.LANGUAGE, language.code()).set(LETTER_LANGUAGE.CHOSEN_BY, by)
                .set(LETTER_LANGUAGE.CHOSEN_AT, at).set(LETTER_LANGUAGE.VERSION, LETTER_LANGUAGE.VERSION.plus(1))
                .execute();
    }
}
