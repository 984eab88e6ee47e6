package org.latih.kernel.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MessagesTest {

  private static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = MessagesTest.class.getResourceAsStream(name)) {
      assertNotNull(in, name);
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  @Test
  void indonesianAndEnglishBundlesHaveTheSameKeys() throws IOException {
    Properties indonesian = load("messages.properties");
    Properties english = load("messages_en.properties");
    assertFalse(indonesian.isEmpty());
    TreeSet<String> onlyIndonesian = new TreeSet<>(indonesian.stringPropertyNames());
    onlyIndonesian.removeAll(english.stringPropertyNames());
    TreeSet<String> onlyEnglish = new TreeSet<>(english.stringPropertyNames());
    onlyEnglish.removeAll(indonesian.stringPropertyNames());
    assertEquals(List.of(), List.copyOf(onlyIndonesian), "keys missing in English");
    assertEquals(List.of(), List.copyOf(onlyEnglish), "keys missing in Indonesian");
  }

  @Test
  void everyTextIsAValidNonEmptyMessageFormat() throws IOException {
    for (String name : List.of("messages.properties", "messages_en.properties")) {
      Properties texts = load(name);
      texts.forEach(
          (key, text) -> {
            assertFalse(((String) text).isBlank(), name + " " + key);
            new MessageFormat((String) text).format(new Object[] {1, 2, 3});
          });
    }
  }

  @Test
  void textsAreLookedUpInTheRightLanguageWithArguments() {
    assertEquals("Wrong username or password.", Messages.text(Messages.ENGLISH, "login.failed"));
    assertEquals(
        "Nama pengguna atau kata sandi salah.", Messages.text(Messages.INDONESIAN, "login.failed"));
    assertEquals(
        "Page size must be between 1 and 100 (got 1000).",
        Messages.text(Messages.ENGLISH, "page.size", 1000, 100));
    assertEquals(
        "Peran 'admin' tidak dikenal; pilih LEARNER, INSTRUCTOR, REGIONAL_ADMIN, EVALUATOR atau"
            + " SYSTEM_ADMIN.",
        Messages.text(Messages.INDONESIAN, "role.unknown", "admin"));
  }

  @Test
  void unknownKeyComesBackAsIs() {
    assertEquals("no.such.key", Messages.text(Messages.ENGLISH, "no.such.key"));
  }

  @Test
  void indonesianEvenWhenTheServerDefaultIsEnglish() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.ENGLISH);
      assertEquals("Tidak ditemukan", Messages.text(Messages.INDONESIAN, "problem.not-found"));
      assertEquals("Not found", Messages.text(Messages.ENGLISH, "problem.not-found"));
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void pickTakesTheFirstSupportedLanguageElseIndonesian() {
    assertEquals(Messages.ENGLISH, Messages.pick(List.of(Locale.FRENCH, Locale.UK)));
    assertEquals(
        Messages.INDONESIAN,
        Messages.pick(List.of(Locale.forLanguageTag("id-ID"), Locale.ENGLISH)));
    assertEquals(Messages.INDONESIAN, Messages.pick(List.of(new Locale("in"))));
    assertEquals(Messages.INDONESIAN, Messages.pick(List.of(Locale.GERMAN)));
    assertEquals(Messages.INDONESIAN, Messages.pick(List.of()));
    assertTrue(Messages.ENGLISH.equals(Messages.pick(List.of(Locale.US))));
  }
}
