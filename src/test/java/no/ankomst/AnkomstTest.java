package no.ankomst;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A Spring Boot test against the shared real PostgreSQL (one cached context for all such tests), with
 * the demo sites and one demo user per role loaded, so {@code @WithUserDetails("staff")} signs in as them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@Import(TestDatabaseConfiguration.class)
@ActiveProfiles("demo")
public @interface AnkomstTest {
}
