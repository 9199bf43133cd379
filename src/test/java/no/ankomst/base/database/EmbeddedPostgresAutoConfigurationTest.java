package no.ankomst.base.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run command's own database keeps its data on disk across restarts. */
class EmbeddedPostgresAutoConfigurationTest {

    private final EmbeddedPostgresAutoConfiguration configuration = new EmbeddedPostgresAutoConfiguration();

    @Test
    void data_written_before_a_restart_is_there_after_it(@TempDir Path dir) throws Exception {
        EmbeddedPostgresProperties properties = new EmbeddedPostgresProperties(dir.resolve("pg"), 0, "ankomst");

        try (EmbeddedPostgres first = configuration.embeddedPostgres(properties);
             HikariDataSource db = configuration.dataSource(first, properties);
             Connection connection = db.getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("create table kept (note text)");
            statement.execute("insert into kept values ('still here')");
        }

        try (EmbeddedPostgres second = configuration.embeddedPostgres(properties);
             HikariDataSource db = configuration.dataSource(second, properties);
             Connection connection = db.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select note, current_setting('server_version_num') from kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("still here");
            assertThat(rs.getInt(2)).as("PostgreSQL major version").isBetween(180000, 189999);
            assertThat(rs.next()).isFalse();
        }
    }
}
