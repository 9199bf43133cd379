// jOOQ classes from the Flyway migrations. When the migrations are unchanged since the last
// generation (same SHA-256 over their names and contents, and the pom), nothing runs: Flyway and jOOQ are skipped
// and the generated sources are reused, which keeps a rebuild fast. Otherwise a throw-away
// PostgreSQL 18 (zonky's real server binaries) starts on a free port for Flyway + jOOQ;
// StopPostgres.groovy stops it in process-sources.
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres
import java.nio.file.Files
import java.security.MessageDigest

def migrations = new File(project.basedir, 'db/migration')
def digest = MessageDigest.getInstance('SHA-256')
(migrations.listFiles() ?: new File[0]).sort { it.name }.each { file ->
    digest.update(file.name.getBytes('UTF-8'))
    digest.update(Files.readAllBytes(file.toPath()))
}
// the codegen settings live in the pom: a change there regenerates too
digest.update(new File(project.basedir, 'pom.xml').bytes)
def hash = digest.digest().encodeHex().toString()
def generated = new File(project.build.directory, 'generated-sources/jooq')
def stamp = new File(project.build.directory, 'jooq-codegen.sha256')

if (generated.isDirectory() && stamp.isFile() && stamp.text == hash) {
    project.properties['flyway.skip'] = 'true'
    project.properties['jooq.codegen.skip'] = 'true'
    project.addCompileSourceRoot(generated.path)
    log.info('jOOQ classes are up to date with db/migration; code generation skipped')
    return
}

def postgres = EmbeddedPostgres.builder()
        .setCleanDataDirectory(true)
        .start()
project.properties['codegen.db.url'] = postgres.getJdbcUrl('postgres', 'postgres')
project.setContextValue('ankomst.codegen.postgres', postgres)
project.setContextValue('ankomst.codegen.hash', hash)
log.info("codegen PostgreSQL started on port ${postgres.port}")
