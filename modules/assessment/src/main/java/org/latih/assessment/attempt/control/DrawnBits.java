package org.latih.assessment.attempt.control;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Random;

/**
 * Random numbers for one request thread, taken from the JDK's DRBG a buffer at a time. A start
 * draws over a thousand numbers (question and option order, seven letters for each option's token),
 * and asked one number at a time the DRBG hashed its whole state for each: 12 % of the server's
 * samples in a recorded exam wave of 1,000 starts. The bits are still the DRBG's, so tokens stay as
 * unpredictable; only the number of calls falls.
 */
final class DrawnBits extends Random {

  private static final long serialVersionUID = 1L;

  private final transient SecureRandom source;
  private final byte[] buffer = new byte[512];
  private int position = buffer.length;

  DrawnBits() {
    try {
      this.source = SecureRandom.getInstance("DRBG");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no DRBG", e);
    }
  }

  @Override
  protected int next(int bits) {
    if (position + 4 > buffer.length) {
      source.nextBytes(buffer);
      position = 0;
    }
    int value =
        (buffer[position] & 0xff) << 24
            | (buffer[position + 1] & 0xff) << 16
            | (buffer[position + 2] & 0xff) << 8
            | buffer[position + 3] & 0xff;
    position += 4;
    return value >>> (32 - bits);
  }
}
