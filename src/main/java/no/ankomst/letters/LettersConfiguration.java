package no.ankomst.letters;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the letters' settings ({@code ankomst.letters.*}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LetterSettings.class)
class LettersConfiguration {
}
