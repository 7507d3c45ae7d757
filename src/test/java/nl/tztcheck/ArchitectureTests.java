package nl.tztcheck;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * style.md point 8: the core (money, claims, profiles, rules, findings) does not know Spring, and
 * its packages do not depend on each other in a circle. Plain JUnit, no Spring context.
 */
class ArchitectureTests {

    private static final String[] CORE = {
        "nl.tztcheck.money..",
        "nl.tztcheck.claims..",
        "nl.tztcheck.profiles..",
        "nl.tztcheck.rules..",
        "nl.tztcheck.findings..",
        "nl.tztcheck.businesscase..",
        "nl.tztcheck.checklist..",
        "nl.tztcheck.runfiles.."
    };

    /**
     * Production classes only; the build folder may be moved (-Dbuild.dir), so test classes are
     * told by their folder name.
     */
    private static final JavaClasses MAIN =
            new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .withImportOption(location -> !location.contains("/test-classes/"))
                    .importPackages("nl.tztcheck");

    @Test
    void theProductionClassesAreImported() {
        // given / then: the rules below would pass vacuously on an empty import
        org.assertj.core.api.Assertions.assertThat(MAIN.contain("nl.tztcheck.rules.GroupChecker"))
                .isTrue();
        org.assertj.core.api.Assertions.assertThat(
                        MAIN.stream().noneMatch(c -> c.getSimpleName().endsWith("Tests")))
                .isTrue();
    }

    @Test
    void theCoreDoesNotDependOnSpring() {
        // given the production classes of the core packages
        // then none of them uses anything from org.springframework
        noClasses()
                .that()
                .resideInAnyPackage(CORE)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..")
                .because(
                        "the core does not know Spring (style.md point 8): it runs in plain tests and in the batch job alike")
                .check(MAIN);
    }

    @Test
    void theCoreDoesNotDependOnTheOuterLayers() {
        // given the production classes of the core packages
        // then none of them uses the job, the command line or the reports
        noClasses()
                .that()
                .resideInAnyPackage(CORE)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "nl.tztcheck.batch..", "nl.tztcheck.cli..", "nl.tztcheck.reports..")
                .check(MAIN);
    }

    @Test
    void theCorePackagesHaveNoCycles() {
        // given the core packages as slices
        // then no package depends on itself through others
        slices().matching("nl.tztcheck.(money|claims|profiles|rules|findings)..")
                .should()
                .beFreeOfCycles()
                .check(MAIN);
    }
}
