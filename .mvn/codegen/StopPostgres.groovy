// Stops the code-generation PostgreSQL started by StartPostgres.groovy.
def postgres = project.getContextValue('ankomst.codegen.postgres')
if (postgres != null) {
    postgres.close()
    project.setContextValue('ankomst.codegen.postgres', null)
    log.info('codegen PostgreSQL stopped')
}
