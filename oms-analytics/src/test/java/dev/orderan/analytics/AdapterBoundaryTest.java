package dev.orderan.analytics;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Metrics, models and scorers work on plain analytic records; only the named adapters read the
 * order aggregate, its events and the stock ledger, so a change to those touches the adapters alone.
 */
class AdapterBoundaryTest {

    private static final String[] ANALYTIC_PACKAGES = {"dev.orderan.analytics.metrics..", "dev.orderan.analytics.clv..",
        "dev.orderan.analytics.churn..", "dev.orderan.analytics.recommend..", "dev.orderan.analytics.pricing..",
        "dev.orderan.analytics.fraud..", "dev.orderan.analytics.internal.."};

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.orderan.analytics");

    @Test
    void onlyOrderFactsAndItsFoldReadOrdersAndTheirEvents() {
        noClasses().that().resideInAnyPackage(ANALYTIC_PACKAGES)
                .and().doNotHaveFullyQualifiedName("dev.orderan.analytics.metrics.OrderFacts")
                .and().doNotHaveFullyQualifiedName("dev.orderan.analytics.metrics.OrderFold")
                .should().dependOnClassesThat().resideInAnyPackage("dev.orderan.core.order..",
                        "dev.orderan.core.pricing..", "dev.orderan.core.event..", "dev.orderan.core.tax..")
                .check(CLASSES);
    }

    @Test
    void onlyStockPositionsReadsTheStockLedger() {
        noClasses().that().resideInAnyPackage(ANALYTIC_PACKAGES)
                .and().doNotHaveFullyQualifiedName("dev.orderan.analytics.pricing.StockPositions")
                .should().dependOnClassesThat().resideInAnyPackage("dev.orderan.inventory..")
                .check(CLASSES);
    }
}
