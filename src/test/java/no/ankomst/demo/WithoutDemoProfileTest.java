package no.ankomst.demo;

import static no.ankomst.db.Tables.APP_USER;
import static no.ankomst.db.Tables.BED;
import static no.ankomst.db.Tables.HOUSEHOLD;
import static no.ankomst.db.Tables.PERSON;
import static no.ankomst.db.Tables.SITE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Objects;
import javax.sql.DataSource;
import no.ankomst.TestDatabase;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.util.ClassUtils;

/**
 * The application as production starts it: no profile, on a database of its own (the shared test
 * database holds the demo data of the other tests). Nothing made up may appear in it. Its context is
 * closed afterwards, and Spring Security's global context strategy (which this second application
 * replaces with its own) is put back, so the tests after it still act as their signed-in user.
 */
@ExtendWith(WithoutDemoProfileTest.KeepGlobalSecurityStrategy.class)
@SpringBootTest
@DirtiesContext
class WithoutDemoProfileTest {

    static final class KeepGlobalSecurityStrategy implements BeforeAllCallback, AfterAllCallback {
        private static final ExtensionContext.Namespace HERE = ExtensionContext.Namespace.create(
                KeepGlobalSecurityStrategy.class);

        @Override
        public void beforeAll(ExtensionContext context) {
            context.getStore(HERE).put("strategy", SecurityContextHolder.getContextHolderStrategy());
        }

        @Override
        public void afterAll(ExtensionContext context) {
            SecurityContextHolder.setContextHolderStrategy(
                    context.getStore(HERE).get("strategy", SecurityContextHolderStrategy.class));
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class OwnDatabase {
        @Bean
        DataSource dataSource() {
            return TestDatabase.newDatabase("without_demo");
        }
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    DSLContext db;

    @Test
    void a_start_without_the_demo_profile_adds_no_demo_users_sites_or_residents() {
        assertThat(context.getEnvironment().getActiveProfiles()).doesNotContain("demo");

        assertThat(db.fetchCount(APP_USER)).as("users").isZero();
        assertThat(db.fetchCount(SITE)).as("sites").isZero();
        assertThat(db.fetchCount(BED)).as("beds").isZero();
        assertThat(db.fetchCount(HOUSEHOLD)).as("households").isZero();
        assertThat(db.fetchCount(PERSON)).as("residents").isZero();
    }

    @Test
    void no_demo_bean_exists_without_the_demo_profile() {
        assertThat(Arrays.stream(context.getBeanDefinitionNames()).map(context::getType).filter(Objects::nonNull)
                .map(ClassUtils::getUserClass).filter(type -> type.getNestHost() != WithoutDemoProfileTest.class)
                .filter(type -> type.getPackageName().equals(DemoDataGenerator.class.getPackageName())
                        || type.getSimpleName().startsWith("Demo"))
                .map(Class::getName)).isEmpty();
    }
}
