package no.ankomst;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.function.Function;
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
    /** A data source for another database of the same server, by name. */
    private static Function<String, DataSource> otherDatabase;

    private TestDatabase() {
    }

    public static synchronized DataSource dataSource() {
        if (dataSource == null) {
            dataSource = dockerAvailable() ? fromContainer() : fromEmbeddedBinaries();
        }
        return dataSource;
    }

    /**
     * A new, empty database on the same server, for a test that must not see what the shared one holds
     * (such as a start without the demo profile).
     */
    public static synchronized DataSource newDatabase(String prefix) {
        String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name, e);
        }
        return otherDatabase.apply(name);
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
        otherDatabase = name -> DataSourceBuilder.create().url("jdbc:postgresql://" + container.getHost() + ":"
                + container.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT) + "/" + name)
                .username(container.getUsername()).password(container.getPassword()).build();
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
            otherDatabase = name -> postgres.getDatabase("postgres", name);
            return postgres.getPostgresDatabase();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start embedded PostgreSQL 18 for the tests", e);
        }
    }
}
