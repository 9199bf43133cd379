package no.ankomst.base.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ankomst.embedded-db.*}: where the embedded server keeps its files (default {@code data/postgres}
 * under the working directory, ignored by git), its port (0 = any free port) and the database name.
 */
@ConfigurationProperties("ankomst.embedded-db")
public record EmbeddedPostgresProperties(
        @DefaultValue("data/postgres") Path dataDirectory,
        @DefaultValue("0") int port,
        @DefaultValue("ankomst") String database) {
}
