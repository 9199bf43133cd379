package no.ankomst.base.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * With no {@code spring.datasource.url}, Ankomst starts its own PostgreSQL 18 (real server binaries)
 * and keeps the data on disk, so the run command needs nothing installed. With a URL set, this backs
 * off and Spring Boot connects to that server instead.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@ConditionalOnClass(EmbeddedPostgres.class)
@ConditionalOnMissingBean(DataSource.class)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
@EnableConfigurationProperties(EmbeddedPostgresProperties.class)
public class EmbeddedPostgresAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresAutoConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedPostgresProperties properties) throws IOException {
        Path dir = properties.dataDirectory().toAbsolutePath();
        Files.createDirectories(dir);
        log.info("Starting embedded PostgreSQL with its data in {}", dir);
        return EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(false)
                .setPort(properties.port())
                // zonky tunes for throw-away test databases; these data must survive a crash
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .start();
    }

    @Bean
    HikariDataSource dataSource(EmbeddedPostgres postgres, EmbeddedPostgresProperties properties) throws SQLException {
        EmbeddedDatabases.createIfMissing(postgres.getPostgresDatabase(), properties.database());
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", properties.database()));
        config.setUsername("postgres");
        config.setPoolName("ankomst-embedded");
        config.setMaximumPoolSize(10);
        return new HikariDataSource(config);
    }
}
