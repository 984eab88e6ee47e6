package org.latih.app;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Every JAX-RS endpoint of the application as "METHOD path-template", found in the compiled classes
 * as AccessDeclaredTest finds them: a new resource method is in this list without anyone adding it.
 * Templates drop regular expressions ({@code {id: \d+}} becomes {@code {id}}).
 */
public final class JaxRsEndpoints {

  private static final Map<String, Class<? extends Annotation>> VERBS =
      Map.of(
          "GET", GET.class,
          "POST", POST.class,
          "PUT", PUT.class,
          "PATCH", PATCH.class,
          "DELETE", DELETE.class);

  private JaxRsEndpoints() {}

  public static List<String> all() {
    List<JavaClass> classes =
        new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.latih")
                .stream()
                .toList();
    String root =
        classes.stream()
            .filter(c -> c.isAnnotatedWith(ApplicationPath.class))
            .map(c -> c.getAnnotationOfType(ApplicationPath.class).value())
            .findFirst()
            .orElseThrow(() -> new AssertionError("no @ApplicationPath in org.latih"));
    return classes.stream()
        .filter(c -> c.isAnnotatedWith(Path.class))
        .flatMap(c -> c.getMethods().stream().flatMap(m -> endpoint(root, c, m)))
        .sorted()
        .toList();
  }

  private static Stream<String> endpoint(String root, JavaClass resource, JavaMethod method) {
    return VERBS.entrySet().stream()
        .filter(v -> method.isAnnotatedWith(v.getValue()))
        .map(
            v -> {
              String path = join(root, resource.getAnnotationOfType(Path.class).value());
              if (method.isAnnotatedWith(Path.class)) {
                path = join(path, method.getAnnotationOfType(Path.class).value());
              }
              return v.getKey() + " " + path.replaceAll("\\{(\\w+)\\s*:[^}]*}", "{$1}");
            });
  }

  private static String join(String left, String right) {
    String a = left.replaceAll("^/+|/+$", "");
    String b = right.replaceAll("^/+|/+$", "");
    return b.isEmpty() ? a : a + "/" + b;
  }
}
