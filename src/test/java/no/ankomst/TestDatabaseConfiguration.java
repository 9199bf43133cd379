package no.ankomst;

import javax.sql.DataSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Points every Spring test at the shared {@link TestDatabase}; the app's own embedded server stays off. */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

    @Bean
    DataSource dataSource() {
        return TestDatabase.dataSource();
    }
}
