package org.latih.report.certificate.control;

import java.security.SecureRandom;

/**
 * Verification codes: 160 random bits written as 32 characters of lower-case base32 (letters and
 * digits 2-7, nothing that reads alike in a URL). At that length guessing a valid code is hopeless
 * whatever the request rate, so the public verification needs no throttle of its own.
 */
public final class VerificationCodes {

  private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  private VerificationCodes() {}

  public static String next() {
    byte[] bits = new byte[20];
    RANDOM.nextBytes(bits);
    StringBuilder code = new StringBuilder(32);
    int buffer = 0;
    int held = 0;
    for (byte b : bits) {
      buffer = (buffer << 8) | (b & 0xFF);
      held += 8;
      while (held >= 5) {
        code.append(ALPHABET[(buffer >> (held - 5)) & 31]);
        held -= 5;
      }
    }
    return code.toString();
  }

  /** Whether {@code text} could be a code at all; anything else is unknown without a query. */
  public static boolean wellFormed(String text) {
    return text != null && text.matches("[a-z2-7]{32}");
  }
}
