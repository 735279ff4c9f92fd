package dev.orderan.kafka;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps oms-kafka on the Kafka client, the domain and its JSON: no database, no console output. */
class ArchitectureTest {

    private static final JavaClasses KAFKA = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS) // this module's classes are a directory
            .importPackages("dev.orderan.kafka");

    @Test
    void kafkaDependsOnlyOnTheDomainJsonKafkaClientsAndSlf4j() {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage(
                        "dev.orderan.core..",
                        "dev.orderan.json..",
                        "dev.orderan.kafka..",
                        "java..",
                        "org.apache.kafka.clients..",
                        "org.apache.kafka.common..",
                        "org.slf4j..")
                .check(KAFKA);
    }

    @Test
    void libraryCodeNeverPrintsToTheConsole() {
        noClasses().should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .check(KAFKA);
    }
}
