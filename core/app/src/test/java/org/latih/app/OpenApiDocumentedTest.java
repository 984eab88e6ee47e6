package org.latih.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.junit.jupiter.api.Test;

/**
 * The API reference is the OpenAPI document the server generates from these annotations, so an
 * endpoint without a summary is an undocumented endpoint: fail the build before it ships, naming
 * each one.
 */
class OpenApiDocumentedTest {

  private static final List<Class<? extends java.lang.annotation.Annotation>> VERBS =
      List.of(GET.class, POST.class, PUT.class, PATCH.class, DELETE.class);

  /** Imported once: reading every class of the platform is the slow part of this test. */
  private static final List<JavaClass> RESOURCES =
      new ClassFileImporter()
              .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
              .importPackages("org.latih")
              .stream()
              .filter(c -> c.isAnnotatedWith(Path.class))
              .toList();

  private static List<JavaMethod> operations() {
    return RESOURCES.stream()
        .flatMap(c -> c.getMethods().stream())
        .filter(m -> VERBS.stream().anyMatch(m::isAnnotatedWith))
        .toList();
  }

  @Test
  void everyOperationHasASummary() {
    List<String> undocumented =
        operations().stream()
            .filter(
                m ->
                    !m.isAnnotatedWith(Operation.class)
                        || m.getAnnotationOfType(Operation.class).summary().isBlank())
            .map(JavaMethod::getFullName)
            .sorted()
            .toList();
    assertFalse(operations().isEmpty());
    assertEquals(List.of(), undocumented, "operations without @Operation(summary = ...)");
  }

  @Test
  void everyResourceHasATag() {
    List<String> untagged =
        RESOURCES.stream()
            .filter(c -> !c.isAnnotatedWith(Tag.class))
            .map(JavaClass::getName)
            .sorted()
            .toList();
    assertEquals(List.of(), untagged, "resources without @Tag, which groups the reference");
  }
}
