package no.ankomst;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sql.DataSource;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one real PostgreSQL 18 all tests share: a Testcontainers {@code postgres:18} where Docker runs,
 * zonky's embedded PostgreSQL 18 binaries where it does not. Started once per test JVM.
 */
public final class TestDatabase {

    private static DataSource dataSource;

    private TestDatabase() {
    }

    public static synchronized DataSource dataSource() {
        if (dataSource == null) {
            dataSource = dockerAvailable() ? fromContainer() : fromEmbeddedBinaries();
        }
        return dataSource;
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException noDocker) {
            return false;
        }
    }

    private static DataSource fromContainer() {
        PostgreSQLContainer container = new PostgreSQLContainer("postgres:18");
        container.start();
        return DataSourceBuilder.create().url(container.getJdbcUrl()).username(container.getUsername())
                .password(container.getPassword()).build();
    }

    private static DataSource fromEmbeddedBinaries() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
            return postgres.getPostgresDatabase();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start embedded PostgreSQL 18 for the tests", e);
        }
    }
}
