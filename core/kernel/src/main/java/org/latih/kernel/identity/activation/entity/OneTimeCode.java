package org.latih.kernel.identity.activation.entity;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * The shape of an activation code that a person types from paper: 10 characters of Crockford's
 * base32 (digits and capitals without I, L, O and U), 50 random bits, shown as {@code XXXXX-XXXXX}.
 * Reading it back forgives what people do with such codes: lower case, spaces or dashes anywhere, O
 * for 0 and I or L for 1.
 */
public final class OneTimeCode {

  public static final int LENGTH = 10;
  private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  private static final SecureRandom RANDOM = new SecureRandom();

  private OneTimeCode() {}

  /** A fresh code in its canonical form (10 characters, no dash). */
  public static String generate() {
    char[] code = new char[LENGTH];
    for (int i = 0; i < LENGTH; i++) {
      code[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
    }
    return new String(code);
  }

  /** The code as printed: two groups of five. */
  public static String display(String canonical) {
    return canonical.substring(0, 5) + "-" + canonical.substring(5);
  }

  /**
   * What a person typed, in canonical form; an empty string when it cannot be a code, so that it is
   * looked up (and fails) like any other wrong code.
   */
  public static String canonical(String typed) {
    if (typed == null || typed.length() > 40) {
      return "";
    }
    StringBuilder code = new StringBuilder(LENGTH);
    for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
      char mapped =
          switch (c) {
            case 'O' -> '0';
            case 'I', 'L' -> '1';
            default -> c;
          };
      if (ALPHABET.indexOf(mapped) >= 0) {
        code.append(mapped);
      } else if (c != '-' && !Character.isWhitespace(c)) {
        return "";
      }
    }
    return code.length() == LENGTH ? code.toString() : "";
  }
}
