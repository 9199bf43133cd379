package no.ankomst.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.ankomst.audit.ui.AuditView;
import no.ankomst.security.Capability;
import no.ankomst.security.Role;
import no.ankomst.security.RouteCapability;
import org.junit.jupiter.api.Test;

/**
 * Vaadin gates routes and builds the menu from {@code @RolesAllowed}; the capability table is the truth.
 * Every role-gated route names its capability, and its roles are exactly that capability's roles.
 */
class RouteCapabilitiesTest {

    /** Routes of features below security (audit is used by security), which cannot name a Capability. */
    private static final Map<Class<?>, Capability> BELOW_SECURITY = Map.of(AuditView.class, Capability.ADMINISTER);

    private static List<Class<?>> gatedRoutes() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("no.ankomst").stream()
                .filter(c -> c.isAnnotatedWith(Route.class) && c.isAnnotatedWith(RolesAllowed.class))
                .map(JavaClass::reflect).collect(Collectors.toList());
    }

    private static Set<String> rolesOf(Capability capability) {
        return capability.roles().stream().map(Role::name).collect(Collectors.toSet());
    }

    @Test
    void there_are_role_gated_routes_to_check() {
        assertThat(gatedRoutes()).hasSizeGreaterThan(10);
    }

    @Test
    void every_role_gated_route_allows_exactly_the_roles_of_its_capability() {
        for (Class<?> route : gatedRoutes()) {
            RouteCapability declared = route.getAnnotation(RouteCapability.class);
            Capability capability = declared != null ? declared.value() : BELOW_SECURITY.get(route);
            assertThat(capability).as(route.getSimpleName() + " names its @RouteCapability").isNotNull();
            Set<String> allowed = Set.copyOf(Arrays.asList(route.getAnnotation(RolesAllowed.class).value()));
            assertThat(allowed).as(route.getSimpleName() + " allows the roles of " + capability)
                    .isEqualTo(rolesOf(capability));
        }
    }
}
