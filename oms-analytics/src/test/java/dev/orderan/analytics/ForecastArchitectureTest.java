package dev.orderan.analytics;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Forecasting and replenishment work on plain series and positions: only the source adapter reads
 * Orderan's orders, events and inventory, so a change of those APIs touches one class.
 */
class ForecastArchitectureTest {

    private static final JavaClasses ANALYTICS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.orderan.analytics");

    @Test
    void onlyTheSourceAdapterReadsOrdersEventsAndInventory() {
        noClasses().that().resideInAnyPackage("dev.orderan.analytics.forecast..", "dev.orderan.analytics.replenishment..",
                        "dev.orderan.analytics.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.orderan.core.order..", "dev.orderan.core.event..",
                        "dev.orderan.core.lifecycle..", "dev.orderan.inventory..")
                .check(ANALYTICS);
    }

    @Test
    void forecastingDoesNotDependOnReplenishmentOrTheAdapter() {
        noClasses().that().resideInAnyPackage("dev.orderan.analytics.forecast..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.orderan.analytics.replenishment..",
                        "dev.orderan.analytics.source..", "dev.orderan.analytics.cli..")
                .check(ANALYTICS);
    }
}
