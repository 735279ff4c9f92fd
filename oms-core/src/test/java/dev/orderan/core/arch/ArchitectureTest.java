package dev.orderan.core.arch;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Keeps oms-core a pure domain module (JDK, SLF4J, Jakarta Validation and javax.money only) and its
 * packages layered: every package is listed in {@link #ALLOWED} with the other oms-core packages it
 * may use, so a new package fails the build until its place is decided here.
 */
class ArchitectureTest {

    private static final String CORE_PACKAGE = "dev.orderan.core";

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(CORE_PACKAGE);

    /**
     * Each package of oms-core (relative to {@code dev.orderan.core}) with the other oms-core packages
     * it may depend on. The kernel (common, money, event, lifecycle, validation, tax) knows nothing of
     * storage, pricing or orders; the storage SPI knows only the kernel's ids and events; the in-memory
     * adapter only the SPI; pricing may use the storage SPI for voucher redemptions; orders may use
     * everything.
     */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("common", Set.of()),
            Map.entry("money", Set.of()),
            Map.entry("event", Set.of("common")),
            Map.entry("lifecycle", Set.of("common")),
            Map.entry("validation", Set.of("common", "money")),
            Map.entry("tax.internal", Set.of()),
            Map.entry("tax", Set.of("common", "money", "tax.internal")),
            Map.entry("store", Set.of("common", "event")),
            Map.entry("store.memory", Set.of("common", "event", "store")),
            Map.entry("pricing", Set.of("common", "money", "tax", "tax.internal", "store", "store.memory")),
            Map.entry("order", Set.of("common", "event", "lifecycle", "money", "validation", "tax", "pricing",
                    "store", "store.memory")));

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
    void nothingInCoreDependsOnTheOtherModules() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("dev.orderan.inventory..",
                        "dev.orderan.analytics..", "dev.orderan.testkit..", "dev.orderan.benchmarks..")
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
        slices().matching("dev.orderan.core.(**)").should().beFreeOfCycles().check(CORE);
    }

    @Test
    void everyPackageOfCoreHasItsAllowedDependenciesListed() {
        Set<String> packages = CORE.stream().map(JavaClass::getPackageName)
                .map(p -> p.equals(CORE_PACKAGE) ? "" : p.substring(CORE_PACKAGE.length() + 1))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(ALLOWED.keySet()), packages,
                "every package of oms-core needs an entry in ArchitectureTest.ALLOWED (and every entry a package)");
    }

    @Test
    void eachPackageUsesOnlyTheCorePackagesItIsAllowedTo() {
        for (Map.Entry<String, Set<String>> e : new TreeMap<>(ALLOWED).entrySet()) {
            List<String> allowed = new ArrayList<>();
            allowed.add(CORE_PACKAGE + "." + e.getKey());
            e.getValue().forEach(p -> allowed.add(CORE_PACKAGE + "." + p));
            classes().that().resideInAPackage(CORE_PACKAGE + "." + e.getKey())
                    .should().onlyDependOnClassesThat(resideOutsideOfPackage(CORE_PACKAGE + "..")
                            .or(resideInAnyPackage(allowed.toArray(new String[0]))))
                    .because(e.getKey() + " may use only " + e.getValue() + " of oms-core")
                    .check(CORE);
        }
    }

    @Test
    void theStorageSpiKnowsNothingOfOrdersOrPricing() {
        noClasses().that().resideInAnyPackage("dev.orderan.core.store..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.orderan.core.order..",
                        "dev.orderan.core.pricing..", "dev.orderan.core.tax..", "dev.orderan.core.lifecycle..")
                .check(CORE);
    }

    @Test
    void theKernelDoesNotKnowAboutOrdersOrStorage() {
        noClasses().that().resideInAnyPackage("dev.orderan.core.money..", "dev.orderan.core.common..",
                        "dev.orderan.core.event..", "dev.orderan.core.lifecycle..", "dev.orderan.core.validation..",
                        "dev.orderan.core.pricing..", "dev.orderan.core.tax..", "dev.orderan.core.store..")
                .should().dependOnClassesThat().resideInAPackage("dev.orderan.core.order..")
                .check(CORE);
    }

    @Test
    void libraryCodeNeverPrintsToTheConsole() {
        noClasses().should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .check(CORE);
    }
}
