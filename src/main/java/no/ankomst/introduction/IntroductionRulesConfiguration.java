package no.ankomst.introduction;

import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Binds {@code ankomst.introduction.rules.*} (application.properties lists them) to {@link IntroductionRules};
 * whatever is not configured is {@link IntroductionRules#CURRENT_LAW}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties
class IntroductionRulesConfiguration {

    @Bean
    @ConfigurationProperties("ankomst.introduction.rules")
    Settings introductionRulesSettings() {
        return new Settings(IntroductionRules.CURRENT_LAW);
    }

    @Bean
    IntroductionRules introductionRules(Settings settings) {
        return settings.toRules();
    }

    /** The mutable form Spring binds properties to; {@link IntroductionRules} checks the values. */
    static final class Settings {
        private int minAge;
        private int maxAge;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate chapter6aFrom;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate chapter6aUntil;
        private int startWithinMonths;
        private int nearLateDays;

        Settings(IntroductionRules d) {
            minAge = d.minAge();
            maxAge = d.maxAge();
            chapter6aFrom = d.chapter6aFrom();
            chapter6aUntil = d.chapter6aUntil();
            startWithinMonths = d.startWithinMonths();
            nearLateDays = d.nearLateDays();
        }

        IntroductionRules toRules() {
            return new IntroductionRules(minAge, maxAge, chapter6aFrom, chapter6aUntil, startWithinMonths,
                    nearLateDays);
        }

        public int getMinAge() { return minAge; }
        public void setMinAge(int v) { minAge = v; }
        public int getMaxAge() { return maxAge; }
        public void setMaxAge(int v) { maxAge = v; }
        public LocalDate getChapter6aFrom() { return chapter6aFrom; }
        public void setChapter6aFrom(LocalDate v) { chapter6aFrom = v; }
        public LocalDate getChapter6aUntil() { return chapter6aUntil; }
        public void setChapter6aUntil(LocalDate v) { chapter6aUntil = v; }
        public int getStartWithinMonths() { return startWithinMonths; }
        public void setStartWithinMonths(int v) { startWithinMonths = v; }
        public int getNearLateDays() { return nearLateDays; }
        public void setNearLateDays(int v) { nearLateDays = v; }
    }
}
