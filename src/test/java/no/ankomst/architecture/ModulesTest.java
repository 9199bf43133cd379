package no.ankomst.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ImportOption;
import no.ankomst.Application;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Spring Modulith's view of the features: each package under {@code no.ankomst} is a module; another module
 * may use only its top-level package (its API) and the named interfaces it declares in a
 * {@code package-info.java}, and modules form no cycles. The generated jOOQ classes ({@code no.ankomst.db}) are
 * left out: they are the schema, not a feature, and {@link ArchitectureTest} already keeps them to repositories.
 */
class ModulesTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(Application.class,
            location -> ImportOption.Predefined.DO_NOT_INCLUDE_TESTS.includes(location)
                    && !location.contains("/no/ankomst/db/"));

    @Test
    void every_feature_package_is_a_module() {
        // a verification that saw no modules would pass on anything
        assertThat(MODULES.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .contains("base", "security", "audit", "residents", "accommodation", "protection", "settlement", "demo");
    }

    @Test
    void features_use_each_other_only_through_what_they_expose_and_form_no_cycles() {
        MODULES.verify();
    }
}
