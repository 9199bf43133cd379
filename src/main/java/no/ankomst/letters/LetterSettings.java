package no.ankomst.letters;

import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ankomst.letters.*}: the language of letters for people whose recorded languages are none of the four, the
 * public information page each letter's QR code leads to (UDI's pages on Ukraine, one per language), and what the TB
 * notice says about the time of day (appointments are booked per day, not per hour).
 */
@ConfigurationProperties("ankomst.letters")
public record LetterSettings(
        @DefaultValue("en") String defaultLanguage,
        Map<String, String> informationUrl,
        @DefaultValue("08:30–14:30") String tbHours) {

    public LetterSettings {
        LetterLanguage.parse(defaultLanguage);
        informationUrl = Map.copyOf(informationUrl);
        for (LetterLanguage language : LetterLanguage.values()) {
            String url = informationUrl.get(language.code());
            if (url == null || !url.startsWith("https://")) {
                throw new IllegalArgumentException("ankomst.letters.information-url." + language.code()
                        + " must be an https address");
            }
        }
    }

    LetterLanguage fallback() {
        return LetterLanguage.parse(defaultLanguage);
    }

    /** The information page per language. */
    Map<LetterLanguage, String> urls() {
        Map<LetterLanguage, String> urls = new EnumMap<>(LetterLanguage.class);
        for (LetterLanguage language : LetterLanguage.values()) {
            urls.put(language, informationUrl.get(language.code()));
        }
        return urls;
    }
}
