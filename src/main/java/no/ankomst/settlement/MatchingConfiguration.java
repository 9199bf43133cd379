package no.ankomst.settlement;

import java.time.Duration;
import no.ankomst.settlement.matching.MatchWeights;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Binds {@code ankomst.settlement.matching.*} (application.properties lists them) to {@link MatchWeights} and the
 * solver's time limit; whatever is not configured is {@link MatchWeights#DEFAULTS} and 10 seconds.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties
class MatchingConfiguration {

    @Bean
    @ConfigurationProperties("ankomst.settlement.matching")
    Settings matchingSettings() {
        return new Settings(MatchWeights.DEFAULTS);
    }

    @Bean
    MatchWeights matchWeights(Settings settings) {
        return new MatchWeights(settings.familyTies, settings.wishes, settings.services, settings.sizeSpread,
                settings.distance);
    }

    @Bean
    MatchingLimit matchingLimit(Settings settings) {
        if (settings.timeLimitSeconds < 1 || settings.timeLimitSeconds > 600) {
            throw new IllegalArgumentException("ankomst.settlement.matching.time-limit-seconds: 1 to 600");
        }
        return new MatchingLimit(Duration.ofSeconds(settings.timeLimitSeconds));
    }

    /** How long one run may search. */
    record MatchingLimit(Duration duration) {
    }

    /** The mutable form Spring binds properties to; {@link MatchWeights} checks the values. */
    static final class Settings {
        private int familyTies;
        private int wishes;
        private int services;
        private int sizeSpread;
        private int distance;
        private int timeLimitSeconds = 10;

        Settings(MatchWeights d) {
            familyTies = d.familyTies();
            wishes = d.wishes();
            services = d.services();
            sizeSpread = d.sizeSpread();
            distance = d.distance();
        }

        public int getFamilyTies() { return familyTies; }
        public void setFamilyTies(int v) { familyTies = v; }
        public int getWishes() { return wishes; }
        public void setWishes(int v) { wishes = v; }
        public int getServices() { return services; }
        public void setServices(int v) { services = v; }
        public int getSizeSpread() { return sizeSpread; }
        public void setSizeSpread(int v) { sizeSpread = v; }
        public int getDistance() { return distance; }
        public void setDistance(int v) { distance = v; }
        public int getTimeLimitSeconds() { return timeLimitSeconds; }
        public void setTimeLimitSeconds(int v) { timeLimitSeconds = v; }
    }
}
