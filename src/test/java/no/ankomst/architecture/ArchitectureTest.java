package no.ankomst.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The production code keeps STYLE.md's layering. */
class ArchitectureTest {

    private static final String ROOT = "no.ankomst";
    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("/no/ankomst/db/"))
                .importPackages(ROOT);
    }

    @Test
    void only_ui_packages_use_vaadin() {
        ArchitectureRules.onlyUiUsesVaadin(ROOT).check(production);
    }

    @Test
    void only_repositories_use_jooq() {
        ArchitectureRules.onlyRepositoriesUseJooq(ROOT).check(production);
    }

    @Test
    void only_repositories_use_the_shared_scope_conditions() {
        ArchitectureRules.onlyRepositoriesUseScopeConditions(ROOT).check(production);
    }

    @Test
    void views_do_not_use_repositories() {
        ArchitectureRules.viewsDoNotUseRepositories(ROOT).check(production);
    }

    @Test
    void services_do_not_depend_on_views() {
        ArchitectureRules.servicesDoNotDependOnViews(ROOT).check(production);
    }

    @Test
    void repositories_are_package_private() {
        ArchitectureRules.repositoriesArePackagePrivate(ROOT).check(production);
    }

    @Test
    void features_form_no_cycles() {
        ArchitectureRules.noCyclesBetweenFeatures(ROOT).check(production);
    }
}
