package no.ankomst;

import java.time.ZoneId;
import javax.sql.DataSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Points every Spring test at the shared {@link TestDatabase}; the app's own embedded server stays off.
 * The app's clock is replaced by a {@link MovableClock} (the system clock unless a test moves it).
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

    @Bean
    DataSource dataSource() {
        return TestDatabase.dataSource();
    }

    @Bean
    @Primary
    MovableClock movableClock() {
        return new MovableClock(ZoneId.of("Europe/Oslo"));
    }
}
