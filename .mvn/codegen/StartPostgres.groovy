// Starts a throw-away PostgreSQL 18 (zonky's real server binaries) for Flyway + jOOQ code generation
// in generate-sources; StopPostgres.groovy stops it in process-sources, once the code is generated.
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres

// any free port, so two builds on one machine do not collide; Flyway and jOOQ read the URL set here
def postgres = EmbeddedPostgres.builder()
        .setCleanDataDirectory(true)
        .start()
project.properties['codegen.db.url'] = postgres.getJdbcUrl('postgres', 'postgres')
project.setContextValue('ankomst.codegen.postgres', postgres)
log.info("codegen PostgreSQL started on port ${postgres.port}")
