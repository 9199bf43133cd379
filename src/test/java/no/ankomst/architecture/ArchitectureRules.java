package no.ankomst.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchRule;

/**
 * STYLE.md's layering as rules. Each takes the root package so the same rule can be shown to fail
 * on the deliberately bad classes under {@code fixtures}.
 */
final class ArchitectureRules {

    private static final String SCOPE_CONDITIONS = "ScopeConditions";
    /** A feature's extra reach over residents (residents.ResidentReach): a query piece like the scope conditions. */
    private static final String REACH = "Reach";
    /** A feature's computed status as query pieces (health.TbStatusConditions), used by its repositories. */
    private static final String STATUS_CONDITIONS = "StatusConditions";

    private ArchitectureRules() {
    }

    /** Only {@code ui} packages build screens; the app shell and the security wiring are the two exceptions. */
    static ArchRule onlyUiUsesVaadin(String root) {
        return noClasses().that().resideInAPackage(root + "..")
                .and().resideOutsideOfPackage("..ui..")
                .and().doNotHaveSimpleName("Application")
                .and().doNotHaveSimpleName("SecurityConfiguration")
                .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
                .as("only ui packages use Vaadin");
    }

    /**
     * Only repositories touch jOOQ and the generated tables; and the shared scope conditions, the one
     * definition of whom a scope reaches that several features' repositories add to their queries, and the
     * {@code ...Reach} beans by which features widen it; a feature's {@code ...StatusConditions} (status computed
     * when read, shared by its repositories); and the database plumbing in {@code base.database}
     * (the one sort-and-seek helper every list's repository uses).
     */
    static ArchRule onlyRepositoriesUseJooq(String root) {
        return noClasses().that().resideInAPackage(root + "..")
                .and().haveSimpleNameNotEndingWith("Repository")
                .and().haveSimpleNameNotEndingWith(SCOPE_CONDITIONS)
                .and().haveSimpleNameNotEndingWith(REACH)
                .and().haveSimpleNameNotEndingWith(STATUS_CONDITIONS)
                .and().resideOutsideOfPackage(root + ".base.database..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "no.ankomst.db..")
                .as("only repositories use jOOQ and the generated tables");
    }

    /** Shared scope conditions are query pieces: only repositories use them. */
    static ArchRule onlyRepositoriesUseScopeConditions(String root) {
        return noClasses().that().resideInAPackage(root + "..")
                .and().haveSimpleNameNotEndingWith("Repository")
                .and().haveSimpleNameNotEndingWith(SCOPE_CONDITIONS)
                .should().dependOnClassesThat().haveSimpleNameEndingWith(SCOPE_CONDITIONS)
                .as("only repositories use the shared scope conditions");
    }

    /** Views talk to services, never to repositories. */
    static ArchRule viewsDoNotUseRepositories(String root) {
        return noClasses().that().resideInAPackage(root + "..ui..")
                .should().dependOnClassesThat(repositories())
                .as("views call services, not repositories");
    }

    /** Nothing outside the ui packages reaches into them. */
    static ArchRule servicesDoNotDependOnViews(String root) {
        return noClasses().that().resideInAPackage(root + "..").and().resideOutsideOfPackage("..ui..")
                .should().dependOnClassesThat().resideInAPackage(root + "..ui..")
                .as("services and repositories do not depend on views");
    }

    /** A repository is its feature's private business. */
    static ArchRule repositoriesArePackagePrivate(String root) {
        return classes().that().resideInAPackage(root + "..").and().haveSimpleNameEndingWith("Repository")
                .should().notHaveModifier(JavaModifier.PUBLIC)
                .as("repositories are package-private");
    }

    /** Features form no cycles; cross-feature reactions go through events. */
    static ArchRule noCyclesBetweenFeatures(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles()
                .as("features do not form cycles");
    }

    private static DescribedPredicate<JavaClass> repositories() {
        return DescribedPredicate.describe("repositories", c -> c.getSimpleName().endsWith("Repository")
                && !c.getPackageName().startsWith("org.springframework"));
    }
}
