package no.ankomst.base.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

class DatabaseUnreachableFailureAnalyzerTest {

    private static final String URL = "jdbc:postgresql://db.example.invalid:5432/ankomst";

    private final DatabaseUnreachableFailureAnalyzer analyzer = new DatabaseUnreachableFailureAnalyzer(
            new MockEnvironment().withProperty("spring.datasource.url", URL));

    @Test
    void a_refused_connection_is_one_message_naming_the_url() {
        SQLException refused = new SQLException("Connection to db.example.invalid:5432 refused.", "08001");

        FailureAnalysis analysis = analyzer.analyze(new IllegalStateException("wrapped", refused));

        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).contains(URL).contains("refused");
        assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL");
    }

    @Test
    void an_ordinary_sql_error_is_left_to_others() {
        assertThat(analyzer.analyze(new SQLException("syntax error", "42601"))).isNull();
    }
}
