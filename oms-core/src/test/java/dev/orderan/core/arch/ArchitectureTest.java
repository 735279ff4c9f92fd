package dev.orderan.core.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps oms-core a pure domain module: JDK, SLF4J, Jakarta Validation and javax.money only. */
class ArchitectureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.orderan.core");

    @Test
    void coreDependsOnlyOnTheJdkSlf4jJakartaValidationAndMoney() {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage(
                        "dev.orderan.core..",
                        "java..",
                        "javax.money..",
                        "org.javamoney.moneta..",
                        "jakarta.validation..",
                        "org.slf4j..")
                .check(CORE);
    }

    @Test
    void monetaImplementationClassesAreUsedOnlyByTheMoneyPackage() {
        noClasses().that().resideOutsideOfPackage("dev.orderan.core.money..")
                .should().dependOnClassesThat().resideInAPackage("org.javamoney.moneta..")
                .check(CORE);
    }

    @Test
    void noCyclesBetweenPackages() {
        slices().matching("dev.orderan.core.(*)..").should().beFreeOfCycles().check(CORE);
    }

    @Test
    void theKernelDoesNotKnowAboutOrders() {
        noClasses().that().resideInAnyPackage("dev.orderan.core.money..", "dev.orderan.core.common..",
                        "dev.orderan.core.event..", "dev.orderan.core.lifecycle..", "dev.orderan.core.validation..",
                        "dev.orderan.core.persistence..", "dev.orderan.core.pricing..", "dev.orderan.core.tax..")
                .should().dependOnClassesThat().resideInAPackage("dev.orderan.core.order..")
                .check(CORE);
    }

    @Test
    void libraryCodeNeverPrintsToTheConsole() {
        noClasses().should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .check(CORE);
    }
}
