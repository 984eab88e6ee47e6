package org.latih.kernel.security.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.latih.kernel.rest.InvalidInputException;

class PasswordPolicyTest {

  @Test
  void goodPasswordIsReturnedAsChars() {
    assertArrayEquals(
        "kopi-tubruk-2025".toCharArray(), PasswordPolicy.check("kopi-tubruk-2025", "budi"));
  }

  @Test
  void lengthLimitsAreInclusive() {
    assertEquals(10, PasswordPolicy.check("a".repeat(10), "budi").length);
    assertEquals(128, PasswordPolicy.check("a".repeat(128), "budi").length);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(ints = {0, 9, 129})
  void wrongLengthIsRefused(Integer length) {
    String password = length == null ? null : "a".repeat(length);
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> PasswordPolicy.check(password, "budi"));
    assertEquals("password.length", e.messageKey());
    assertEquals("password", e.field());
    assertArrayEquals(new Object[] {10, 128}, e.args());
  }

  @ParameterizedTest
  @ValueSource(strings = {"198503152010011001", "x198503152010011001x", "nip-198503152010011001"})
  void passwordContainingTheNipIsRefused(String password) {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> PasswordPolicy.check(password, "198503152010011001"));
    assertEquals("password.containsUsername", e.messageKey());
  }

  @Test
  void usernameCheckIgnoresCase() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> PasswordPolicy.check("SuperAdmin-2025", "superadmin"));
    assertEquals("password.containsUsername", e.messageKey());
  }

  @Test
  void noUsernameMeansOnlyLengthIsChecked() {
    assertEquals(12, PasswordPolicy.check("admin-admin1", null).length);
  }
}
