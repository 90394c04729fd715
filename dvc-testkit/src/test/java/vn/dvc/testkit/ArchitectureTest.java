package vn.dvc.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Keeps the module directions of the design from eroding: core knows nothing of rules, providers
 * or the testkit; implementation packages are used only by their own module; the library uses no
 * framework.
 */
class ArchitectureTest {

    private static final JavaClasses DVC = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.dvc");

    @Test
    void coreDependsOnNoOtherModule() {
        noClasses().that().resideInAnyPackage("vn.dvc", "vn.dvc.calendar..", "vn.dvc.deadline..", "vn.dvc.dossier..",
                        "vn.dvc.id..", "vn.dvc.i18n..", "vn.dvc.json..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.dvc.rules..", "vn.dvc.spi..", "vn.dvc.testkit..",
                        "vn.dvc.examples..")
                .check(DVC);
    }

    @Test
    void internalPackagesStayInside() {
        noClasses().that().resideOutsideOfPackages("vn.dvc.calendar..")
                .should().dependOnClassesThat().resideInAPackage("vn.dvc.calendar.internal..")
                .check(DVC);
    }

    @Test
    void calendarKnowsNothingOfDeadlinesOrDossiers() {
        noClasses().that().resideInAPackage("vn.dvc.calendar..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.dvc.deadline..", "vn.dvc.dossier..")
                .check(DVC);
        noClasses().that().resideInAPackage("vn.dvc.deadline..")
                .should().dependOnClassesThat().resideInAPackage("vn.dvc.dossier..")
                .check(DVC);
    }

    @Test
    void noFrameworkInTheLibrary() {
        noClasses().that().resideOutsideOfPackage("vn.dvc.examples..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "lombok..", "jakarta.inject..")
                .check(DVC);
    }
}
