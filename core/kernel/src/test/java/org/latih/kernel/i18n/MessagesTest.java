package org.latih.kernel.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.latih.testing.i18n.Bundles;

class MessagesTest {

  @Test
  void bothLanguagesHaveTheSameKeysAndEveryTextFormats() {
    Bundles.assertComplete(MessagesTest.class, "messages");
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
