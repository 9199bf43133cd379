// Stops the code-generation PostgreSQL started by StartPostgres.groovy and records which migrations
// the generated classes reflect.
def postgres = project.getContextValue('ankomst.codegen.postgres')
if (postgres != null) {
    postgres.close()
    project.setContextValue('ankomst.codegen.postgres', null)
    def stamp = new File(project.build.directory, 'jooq-codegen.sha256')
    stamp.text = project.getContextValue('ankomst.codegen.hash')
    log.info('codegen PostgreSQL stopped')
}
