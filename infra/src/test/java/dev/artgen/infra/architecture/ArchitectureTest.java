package dev.artgen.infra.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the module and package boundaries the docs describe honest. */
class ArchitectureTest {

    private static final JavaClasses ARTGEN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.artgen");

    @Test
    void theDomainKnowsNothingOfHttp() {
        noClasses()
                .that()
                .resideInAPackage("dev.artgen.common..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework.web..", "jakarta.servlet..", "org.springframework.http..")
                .check(ARTGEN);
    }

    @Test
    void apiAndWorkerNeverReachIntoEachOther() {
        noClasses()
                .that()
                .resideInAPackage("dev.artgen.api..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.artgen.worker..")
                .check(ARTGEN);
        noClasses()
                .that()
                .resideInAPackage("dev.artgen.worker..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.artgen.api..")
                .check(ARTGEN);
    }

    @Test
    void providersDoNotKnowHowJobsAreRun() {
        noClasses()
                .that()
                .resideInAPackage("dev.artgen.worker.provider..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.artgen.worker.run..")
                .check(ARTGEN);
    }

    @Test
    void namesSayTheDomainRole() {
        noClasses()
                .should()
                .haveSimpleNameEndingWith("Impl")
                .orShould()
                .haveSimpleNameEndingWith("Manager")
                .orShould()
                .haveSimpleNameEndingWith("Helper")
                .orShould()
                .haveSimpleNameEndingWith("Util")
                .orShould()
                .haveSimpleNameEndingWith("Utils")
                .check(ARTGEN);
    }
}
