package org.latih.kernel.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordHashTest {

  private final PasswordHash hashes = new PasswordHash(1000);

  private static char[] pw(String s) {
    return s.toCharArray();
  }

  /**
   * Test servers hash with 1,000 iterations to keep the suite fast; this pins what ships: the
   * shipped configuration and the built-in default both ask for OWASP's 600,000, and such a hash
   * records that count and verifies.
   */
  @Test
  void productionDefaultIsSixHundredThousandIterations() throws Exception {
    java.util.Properties shipped = new java.util.Properties();
    try (var in =
        java.nio.file.Files.newInputStream(
            java.nio.file.Path.of("../../config/microprofile-config.properties"))) {
      shipped.load(in);
    }
    assertEquals("600000", shipped.getProperty("latih.security.password.iterations"));
    var setting =
        PasswordHash.class
            .getConstructor(int.class)
            .getParameters()[0]
            .getAnnotation(org.eclipse.microprofile.config.inject.ConfigProperty.class);
    assertEquals("600000", setting.defaultValue());

    PasswordHash production = new PasswordHash(Integer.parseInt(setting.defaultValue()));
    String stored = production.hash(pw("rahasia-sekali-123"));
    assertEquals("600000", stored.split("\\$")[1]);
    assertTrue(production.verify(pw("rahasia-sekali-123"), stored));
  }

  @Test
  void hashThenVerify() {
    String stored = hashes.hash(pw("rahasia-sekali-123"));
    assertTrue(hashes.verify(pw("rahasia-sekali-123"), stored));
  }

  @Test
  void wrongPasswordDoesNotVerify() {
    String stored = hashes.hash(pw("rahasia-sekali-123"));
    assertFalse(hashes.verify(pw("rahasia-sekali-124"), stored));
    assertFalse(hashes.verify(pw("RAHASIA-SEKALI-123"), stored));
    assertFalse(hashes.verify(pw(""), stored));
  }

  @Test
  void sameFormatWithIterationsAndSalt() {
    String stored = hashes.hash(pw("rahasia-sekali-123"));
    String[] parts = stored.split("\\$");
    assertEquals(4, parts.length);
    assertEquals("pbkdf2-sha256", parts[0]);
    assertEquals("1000", parts[1]);
    assertEquals(22, parts[2].length(), "16-byte salt, Base64 without padding");
    assertEquals(43, parts[3].length(), "256-bit key, Base64 without padding");
  }

  @Test
  void twoHashesOfTheSamePasswordDiffer() {
    String a = hashes.hash(pw("rahasia-sekali-123"));
    String b = hashes.hash(pw("rahasia-sekali-123"));
    assertNotEquals(a, b);
    assertTrue(hashes.verify(pw("rahasia-sekali-123"), a));
    assertTrue(hashes.verify(pw("rahasia-sekali-123"), b));
  }

  @Test
  void hashMadeWithOtherIterationsStillVerifies() {
    String old = new PasswordHash(1200).hash(pw("rahasia-sekali-123"));
    assertTrue(hashes.verify(pw("rahasia-sekali-123"), old));
    assertFalse(hashes.verify(pw("salah-sekali-123"), old));
  }

  @Test
  void changedIterationCountInStoredHashDoesNotVerify() {
    String stored = hashes.hash(pw("rahasia-sekali-123"));
    assertFalse(hashes.verify(pw("rahasia-sekali-123"), stored.replace("$1000$", "$1001$")));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "rahasia-sekali-123",
        "bcrypt$1000$c2FsdA$a2V5",
        "pbkdf2-sha256$1000$c2FsdA",
        "pbkdf2-sha256$1000$c2FsdA$a2V5$extra",
        "pbkdf2-sha256$abc$c2FsdA$a2V5",
        "pbkdf2-sha256$0$c2FsdA$a2V5",
        "pbkdf2-sha256$2000000000$c2FsdA$a2V5",
        "pbkdf2-sha256$1000$not*base64$a2V5"
      })
  void missingOrForeignHashesDoNotVerify(String stored) {
    assertFalse(hashes.verify(pw("rahasia-sekali-123"), stored));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"!", "bcrypt$2a$10$abc"})
  void withoutAUsableHashVerifyOrBurnAnswersFalse(String stored) {
    assertFalse(hashes.verifyOrBurn(pw("rahasia-sekali-123"), stored));
  }

  @Test
  void verifyOrBurnAcceptsTheRightPassword() {
    String stored = hashes.hash(pw("rahasia-sekali-123"));
    assertTrue(hashes.verifyOrBurn(pw("rahasia-sekali-123"), stored));
    assertFalse(hashes.verifyOrBurn(pw("rahasia-sekali-124"), stored));
  }
}
