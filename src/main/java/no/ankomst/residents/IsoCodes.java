package no.ankomst.residents;

import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 alpha-2 countries and ISO 639 languages, as the JDK knows them. */
final class IsoCodes {

    static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    private IsoCodes() {
    }
}
