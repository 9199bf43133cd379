package no.ankomst.base;

/** Remembers the language the signed-in user chose, for their next login. */
public interface LocalePreference {

    void rememberLocale(String locale);
}
