package dev.orderan.jdbc;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps oms-jdbc on JDBC, its pool and Flyway: no other runtime library, no console output. */
class ArchitectureTest {

    private static final JavaClasses JDBC = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS) // this module's classes are a directory
            .importPackages("dev.orderan.jdbc");

    @Test
    void jdbcDependsOnlyOnTheDomainJsonJdbcHikariFlywayAndSlf4j() {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage(
                        "dev.orderan..",
                        "java..",
                        "javax.sql..",
                        "javax.money..",
                        "com.zaxxer.hikari..",
                        "org.flywaydb.core..",
                        "org.slf4j..")
                .check(JDBC);
    }

    @Test
    void internalsDoNotReachBackIntoTheAdapter() {
        noClasses().that().resideInAPackage("dev.orderan.jdbc.internal..")
                .should().dependOnClassesThat().resideInAPackage("dev.orderan.jdbc")
                .check(JDBC);
    }

    @Test
    void libraryCodeNeverPrintsToTheConsole() {
        noClasses().should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .check(JDBC);
    }
}
