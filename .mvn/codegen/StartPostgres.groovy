// Starts a throw-away PostgreSQL 18 (zonky's real server binaries) for Flyway + jOOQ code generation
// in generate-sources. It stops when Maven's JVM exits.
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres

int port = Integer.parseInt(project.properties['codegen.db.port'] as String)
def postgres = EmbeddedPostgres.builder()
        .setPort(port)
        .setCleanDataDirectory(true)
        .start()
Runtime.runtime.addShutdownHook(new Thread({ postgres.close() }))
log.info("codegen PostgreSQL started on port ${port}")
