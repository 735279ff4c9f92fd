package dev.orderan.inventory;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps oms-inventory a pure domain module on top of oms-core. */
class ArchitectureTest {

    private static final JavaClasses INVENTORY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.orderan.inventory");

    @Test
    void inventoryDependsOnlyOnTheJdkSlf4jJakartaValidationMoneyAndCore() {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage(
                        "dev.orderan.inventory..",
                        "dev.orderan.core..",
                        "java..",
                        "javax.money..",
                        "org.javamoney.moneta..",
                        "jakarta.validation..",
                        "org.slf4j..")
                .check(INVENTORY);
    }

    @Test
    void noCyclesBetweenPackages() {
        // Every package is its own slice, the root package dev.orderan.inventory included.
        slices().matching("dev.orderan.(**)").should().beFreeOfCycles().check(INVENTORY);
    }

    @Test
    void internalsAreNotUsedByTheFeaturePackages() {
        noClasses().that().resideInAnyPackage("dev.orderan.inventory.stock..", "dev.orderan.inventory.reservation..",
                        "dev.orderan.inventory.atp..", "dev.orderan.inventory.sourcing..",
                        "dev.orderan.inventory.lot..", "dev.orderan.inventory.channel..",
                        "dev.orderan.inventory.stocktake..", "dev.orderan.inventory.barcode..",
                        "dev.orderan.inventory.warehouse..")
                .should().dependOnClassesThat().resideInAPackage("dev.orderan.inventory.internal..")
                .check(INVENTORY);
    }

    @Test
    void libraryCodeNeverPrintsToTheConsole() {
        noClasses().should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .check(INVENTORY);
    }
}
