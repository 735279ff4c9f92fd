package dev.orderan.json;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps oms-json a thin layer: Orderan's domain, Jackson and the JDK, nothing else, and no console output. */
class ArchitectureTest {

    private static final JavaClasses JSON = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS) // this module's classes are a directory
            .importPackages("dev.orderan.json");

    @Test
    void jsonDependsOnlyOnTheDomainJacksonAndTheJdk() {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage(
                        "dev.orderan..",
                        "tools.jackson..",
                        "java..",
                        "javax.money..")
                .check(JSON);
    }

    @Test
    void libraryCodeNeverPrintsToTheConsole() {
        noClasses().should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .check(JSON);
    }
}
