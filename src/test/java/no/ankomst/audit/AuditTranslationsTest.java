package no.ankomst.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The audit view shows every action and record type in the user's language: a new {@link AuditAction}
 * without its key in both bundles fails here, not as a raw code on an administrator's screen.
 */
class AuditTranslationsTest {

    /** The entity types the services write (their {@code ENTITY} constants). */
    private static final List<String> ENTITY_TYPES = List.of("user", "site", "unit", "bed", "stay",
            "planned_arrival", "person", "household", "eligibility_screening", "protection_case", "introduction_right",
            "settlement_quota", "dwelling", "municipality_service", "settlement_interview", "settlement_household",
            "settlement_proposal", "matching_run");

    private static Properties bundle(String file) {
        Properties properties = new Properties();
        try (InputStream in = Objects.requireNonNull(AuditTranslationsTest.class.getResourceAsStream(
                "/vaadin-i18n/" + file), file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"translations.properties", "translations_nb.properties"})
    void every_audit_action_has_a_translation_in_both_languages(String file) {
        Properties bundle = bundle(file);

        assertThat(Arrays.stream(AuditAction.values()).map(action -> "audit.action." + action.name())
                .filter(key -> bundle.getProperty(key, "").isBlank())).as("keys missing in " + file).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"translations.properties", "translations_nb.properties"})
    void every_audited_record_type_has_a_translation_in_both_languages(String file) {
        Properties bundle = bundle(file);

        assertThat(ENTITY_TYPES.stream().map(type -> "audit.entity." + type)
                .filter(key -> bundle.getProperty(key, "").isBlank())).as("keys missing in " + file).isEmpty();
    }
}
