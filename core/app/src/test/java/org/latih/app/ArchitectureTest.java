package org.latih.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dependency directions of DESIGN.md, checked on the compiled classes. */
class ArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void load() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.latih");
  }

  @Test
  void thePluginApiDependsOnNothingOfThePlatformNorOnJakartaEe() {
    noClasses()
        .that()
        .resideInAPackage("org.latih.api..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.latih.kernel..", "org.latih.app..", "jakarta..", "org.eclipse..", "fish.payara..")
        .check(classes);
  }

  @Test
  void nothingDependsOnTheApp() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.latih.app..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.latih.app..")
        .check(classes);
  }

  @Test
  void entitiesDoNotReachUpIntoControlOrBoundary() {
    noClasses()
        .that()
        .resideInAPackage("..entity..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("..control..", "..boundary..")
        .check(classes);
  }

  @Test
  void controlDoesNotDependOnBoundary() {
    noClasses()
        .that()
        .resideInAPackage("..control..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("..boundary..")
        .check(classes);
  }
}
