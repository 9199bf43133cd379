package no.ankomst.base.database;

import java.sql.SQLException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * A start against an external PostgreSQL that cannot be reached (or refuses the login) ends with one
 * message that names the URL, instead of a page of stack trace.
 */
class DatabaseUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

    private final Environment environment;

    DatabaseUnreachableFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    protected @Nullable FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
        String state = cause.getSQLState();
        // 08: connection exception; 28: invalid authorization; 3D000: database does not exist
        if (state == null || !(state.startsWith("08") || state.startsWith("28") || state.equals("3D000"))) {
            return null;
        }
        String url = environment.getProperty("spring.datasource.url", "(embedded PostgreSQL)");
        return new FailureAnalysis(
                "Ankomst cannot connect to the database at " + url + ": " + cause.getMessage(),
                "Check that PostgreSQL 18 runs at that address and that SPRING_DATASOURCE_URL, "
                        + "SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD are right; "
                        + "unset SPRING_DATASOURCE_URL to use the embedded database.",
                cause);
    }
}
