package org.latih.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The modules under {@code modules/} talk to each other only through what they publish. Of another
 * module, a class may use only the classes in a package named {@code api} (records, interfaces,
 * facade beans and the few entities other modules' entities refer to, e.g. {@code
 * org.latih.course.enrolment.api.LearnerEnrolments}) or {@code boundary} (its resources and their
 * records). Everything else, its {@code control} and {@code entity} packages above all, stays
 * private, so a module can change it without breaking another.
 *
 * <p>A module is any {@code org.latih.<name>} but the platform, which is open to all: the plugin
 * api ({@code org.latih.api}), the plugin worker's protocol ({@code org.latih.worker}), the kernel
 * and the app (which nothing depends on, see {@link ArchitectureTest}). A new module is covered
 * without touching this test.
 */
class ModuleBoundaryTest {

  private static final Set<String> PLATFORM = Set.of("api", "worker", "kernel", "app");

  private static final Pattern MODULE = Pattern.compile("org\\.latih\\.([a-z0-9]+)(\\..*)?");

  /** A published package: {@code org.latih.<module>.<feature>.api} or {@code ....boundary}. */
  private static final Pattern PUBLISHED =
      Pattern.compile("org\\.latih\\.[a-z0-9]+(\\.[a-z0-9]+)*\\.(api|boundary)(\\.[a-z0-9.]+)?");

  @Test
  void modulesUseOnlyWhatOtherModulesPublish() {
    JavaClasses all =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.latih");
    Set<String> modules = new TreeSet<>();
    all.forEach(c -> module(c).ifPresent(modules::add));
    // the rule must not pass merely because the module jars went missing from the class path
    assertTrue(
        modules.containsAll(Set.of("course", "assessment", "evaluation", "search", "report")),
        "modules found: " + modules);

    classes().that(inAModule()).should(useOnlyThePublishedPackagesOfOtherModules()).check(all);
  }

  private static DescribedPredicate<JavaClass> inAModule() {
    return DescribedPredicate.describe("belong to a module", c -> module(c).isPresent());
  }

  private static ArchCondition<JavaClass> useOnlyThePublishedPackagesOfOtherModules() {
    return new ArchCondition<>("use only the api and boundary packages of other modules") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        Optional<String> own = module(origin);
        for (Dependency d : origin.getDirectDependenciesFromSelf()) {
          JavaClass target = d.getTargetClass().getBaseComponentType();
          Optional<String> other = module(target);
          if (other.isPresent()
              && !other.equals(own)
              && !PUBLISHED.matcher(target.getPackageName()).matches()) {
            events.add(SimpleConditionEvent.violated(d, d.getDescription()));
          }
        }
      }
    };
  }

  private static Optional<String> module(JavaClass c) {
    Matcher m = MODULE.matcher(c.getPackageName());
    return m.matches() && !PLATFORM.contains(m.group(1))
        ? Optional.of(m.group(1))
        : Optional.empty();
  }
}
