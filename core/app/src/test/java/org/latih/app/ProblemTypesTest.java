package org.latih.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.latih.kernel.i18n.MessageBundle;
import org.latih.kernel.rest.ProblemType;
import org.latih.kernel.rest.ProblemTypes;

/**
 * Every problem type the deployed server can answer (the kernel's and every module's on this class
 * path) has a slug of its own and a title in both languages, so a client can switch on it and a
 * person can read it.
 */
class ProblemTypesTest {

  private static final List<ProblemType> TYPES = ProblemTypes.all();

  /** The kernel's bundle first, then every module's, as the server looks texts up. */
  private static final List<String> BUNDLES =
      Stream.concat(
              Stream.of("org.latih.kernel.i18n.messages"),
              MessageBundle.all().stream().map(MessageBundle::baseName))
          .toList();

  @Test
  void everyModuleContributesItsTypes() {
    Set<String> slugs = TYPES.stream().map(ProblemType::slug).collect(Collectors.toSet());
    for (String slug :
        List.of("not-found", "answer-stale", "cohort-full", "form-exists", "rebuild-running")) {
      assertTrue(slugs.contains(slug), slug + " missing from " + slugs);
    }
  }

  @Test
  void everySlugIsUniqueAndKebabCase() {
    Set<String> seen = new HashSet<>();
    for (ProblemType type : TYPES) {
      assertTrue(seen.add(type.slug()), "two problem types are called " + type.slug());
      assertTrue(type.slug().matches("[a-z]+(-[a-z]+)*"), "not kebab-case: " + type.slug());
      assertTrue(type.status() >= 400 && type.status() < 600, type.slug() + " " + type.status());
      assertFalse(type.meaning().isBlank(), type.slug() + " has no meaning for the API docs");
    }
  }

  @Test
  void everyTypeHasATitleInBahasaIndonesiaAndEnglish() {
    List<Properties> indonesian = BUNDLES.stream().map(b -> load(b, "")).toList();
    List<Properties> english = BUNDLES.stream().map(b -> load(b, "_en")).toList();
    for (ProblemType type : TYPES) {
      String key = type.titleKey();
      assertEquals(
          1, indonesian.stream().filter(p -> p.containsKey(key)).count(), key + " in Indonesian");
      assertEquals(
          1, english.stream().filter(p -> p.containsKey(key)).count(), key + " in English");
    }
  }

  /**
   * One file of a bundle on its own: a ResourceBundle would fall back from English to Indonesian.
   */
  private static Properties load(String baseName, String suffix) {
    Properties properties = new Properties();
    String path = baseName.replace('.', '/') + suffix + ".properties";
    try (InputStream in = ProblemTypesTest.class.getClassLoader().getResourceAsStream(path)) {
      if (in != null) {
        properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
