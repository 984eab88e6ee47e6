package org.latih.kernel.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * PBKDF2-HMAC-SHA256 password hashing. The iteration count is stored in each hash, so raising
 * {@code latih.security.password.iterations} strengthens new hashes without breaking old ones.
 * Format: {@code pbkdf2-sha256$iterations$salt$hash}, Base64 without padding.
 */
@ApplicationScoped
public class PasswordHash {

  private static final String PREFIX = "pbkdf2-sha256";
  private static final int MAX_ITERATIONS = 10_000_000;
  private static final SecureRandom RANDOM = new SecureRandom();

  private int iterations;

  protected PasswordHash() {}

  @Inject
  public PasswordHash(
      @ConfigProperty(name = "latih.security.password.iterations", defaultValue = "600000")
          int iterations) {
    this.iterations = iterations;
  }

  public String hash(char[] password) {
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    byte[] key = derive(password, salt, iterations);
    Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
    return PREFIX
        + "$"
        + iterations
        + "$"
        + b64.encodeToString(salt)
        + "$"
        + b64.encodeToString(key);
  }

  /** Whether {@code password} matches {@code stored}; false for null or malformed hashes. */
  public boolean verify(char[] password, String stored) {
    if (stored == null) {
      return false;
    }
    String[] parts = stored.split("\\$");
    if (parts.length != 4 || !PREFIX.equals(parts[0])) {
      return false;
    }
    try {
      int rounds = Integer.parseInt(parts[1]);
      // a corrupt or tampered count must neither crash a login nor stall it for minutes
      if (rounds < 1 || rounds > MAX_ITERATIONS) {
        return false;
      }
      Base64.Decoder b64 = Base64.getDecoder();
      byte[] expected = b64.decode(parts[3]);
      byte[] actual = derive(password, b64.decode(parts[2]), rounds);
      return MessageDigest.isEqual(expected, actual);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * Like {@link #verify}, but with no usable hash (an unknown username, an account without a
   * password, a malformed hash) it still spends one full hash and answers false, so those cannot be
   * told apart from a wrong password by timing.
   */
  public boolean verifyOrBurn(char[] password, String stored) {
    if (stored == null || !stored.startsWith(PREFIX + "$")) {
      derive(password, new byte[16], iterations);
      return false;
    }
    return verify(password, stored);
  }

  private static byte[] derive(char[] password, byte[] salt, int iterations) {
    try {
      PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 unavailable in this JVM", e);
    }
  }
}
