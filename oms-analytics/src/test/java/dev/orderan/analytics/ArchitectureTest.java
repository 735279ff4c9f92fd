package dev.orderan.analytics;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps oms-analytics a domain module on top of core and inventory. */
class ArchitectureTest {

    private static final JavaClasses ANALYTICS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.orderan.analytics");

    @Test
    void analyticsDependsOnlyOnTheJdkSlf4jMoneyCoreAndInventory() {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage(
                        "dev.orderan.analytics..",
                        "dev.orderan.core..",
                        "dev.orderan.inventory..",
                        "java..",
                        "javax.money..",
                        "org.javamoney.moneta..",
                        "jakarta.validation..",
                        "org.slf4j..")
                .check(ANALYTICS);
    }

    @Test
    void noCyclesBetweenPackages() {
        slices().matching("dev.orderan.(**)").should().beFreeOfCycles().check(ANALYTICS);
    }

    @Test
    void libraryCodeNeverPrintsToTheConsole() {
        noClasses().that().resideOutsideOfPackage("dev.orderan.analytics.cli..")
                .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .allowEmptyShould(true)
                .check(ANALYTICS);
    }
}
