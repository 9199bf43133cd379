package no.ankomst.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The capability a route needs. Vaadin gates routes and lists the menu by {@code @RolesAllowed}; a test
 * (RouteCapabilitiesTest) holds every route's {@code @RolesAllowed} equal to the roles of the capability
 * named here, so the menu, the route gate and the services all follow {@link Capability}'s one table.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RouteCapability {

    Capability value();
}
