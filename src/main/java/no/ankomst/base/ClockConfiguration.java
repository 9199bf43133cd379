package no.ankomst.base;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one source of "now": ages, due dates and audit times are computed from this clock. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @Bean
    Clock clock() {
        return Clock.system(OSLO);
    }
}
