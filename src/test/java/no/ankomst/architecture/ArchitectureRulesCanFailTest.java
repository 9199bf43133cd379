package no.ankomst.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import no.ankomst.architecture.fixtures.cycle.alpha.Alpha;
import no.ankomst.architecture.fixtures.cycle.beta.Beta;
import no.ankomst.architecture.fixtures.data.PublicRepository;
import no.ankomst.architecture.fixtures.scope.FixtureScopeConditions;
import no.ankomst.architecture.fixtures.scope.ScopeConditionsInAService;
import no.ankomst.architecture.fixtures.service.ServiceThatBuildsScreens;
import no.ankomst.architecture.fixtures.service.ServiceThatOpensAView;
import no.ankomst.architecture.fixtures.ui.ViewThatQueries;
import org.junit.jupiter.api.Test;

/** Each architecture rule catches its deliberately bad fixture: a rule that can never fail is a defect. */
class ArchitectureRulesCanFailTest {

    private static final String FIXTURES = "no.ankomst.architecture.fixtures";

    private static JavaClasses importing(Class<?>... classes) {
        return new ClassFileImporter().importClasses(classes);
    }

    @Test
    void a_service_using_vaadin_is_caught() {
        assertThatThrownBy(() -> ArchitectureRules.onlyUiUsesVaadin(FIXTURES)
                .check(importing(ServiceThatBuildsScreens.class)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("ServiceThatBuildsScreens");
    }

    @Test
    void a_view_using_jooq_is_caught() {
        assertThatThrownBy(() -> ArchitectureRules.onlyRepositoriesUseJooq(FIXTURES)
                .check(importing(ViewThatQueries.class)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("ViewThatQueries");
    }

    @Test
    void a_service_using_the_shared_scope_conditions_is_caught() {
        assertThatThrownBy(() -> ArchitectureRules.onlyRepositoriesUseScopeConditions(FIXTURES)
                .check(importing(ScopeConditionsInAService.class, FixtureScopeConditions.class)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("ScopeConditionsInAService");
    }

    @Test
    void a_view_calling_a_repository_is_caught() {
        assertThatThrownBy(() -> ArchitectureRules.viewsDoNotUseRepositories(FIXTURES)
                .check(importing(ViewThatQueries.class, PublicRepository.class)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("PublicRepository");
    }

    @Test
    void a_service_depending_on_a_view_is_caught() {
        assertThatThrownBy(() -> ArchitectureRules.servicesDoNotDependOnViews(FIXTURES)
                .check(importing(ServiceThatOpensAView.class, ViewThatQueries.class)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("ServiceThatOpensAView");
    }

    @Test
    void a_public_repository_is_caught() {
        assertThatThrownBy(() -> ArchitectureRules.repositoriesArePackagePrivate(FIXTURES)
                .check(importing(PublicRepository.class)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("PublicRepository");
    }

    @Test
    void a_cycle_between_two_features_is_caught() {
        assertThatThrownBy(() -> ArchitectureRules.noCyclesBetweenFeatures(FIXTURES + ".cycle")
                .check(importing(Alpha.class, Beta.class)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Cycle");
    }
}
