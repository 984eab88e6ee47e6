package org.latih.kernel.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecretsTest {

  @Test
  void newSecretIs256UrlSafeBits() {
    String secret = Secrets.newSecret();
    assertEquals(43, secret.length());
    assertTrue(secret.matches("[A-Za-z0-9_-]{43}"), secret);
    assertEquals(32, Base64.getUrlDecoder().decode(secret).length);
  }

  @Test
  void secretsDoNotRepeat() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      assertTrue(seen.add(Secrets.newSecret()));
    }
  }

  @Test
  void sha256IsLowerCaseHex() {
    assertEquals(
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Secrets.sha256("abc"));
    assertEquals(
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Secrets.sha256(""));
  }

  @Test
  void sha256HashesTheUtf8Bytes() {
    // U+00E9 as UTF-8 (C3 A9), not as ISO-8859-1 (E9, which would give de2e331d...)
    assertEquals(
        "4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c",
        Secrets.sha256("\u00e9"));
  }

  @Test
  void sameComparesContent() {
    String token = Secrets.newSecret();
    assertTrue(Secrets.same(token, new String(token.toCharArray())));
    assertFalse(Secrets.same(token, token + "x"));
    assertFalse(Secrets.same(token, token.substring(1)));
    assertFalse(Secrets.same("abc", "abd"));
    assertFalse(Secrets.same(null, token));
    assertFalse(Secrets.same(token, null));
    assertFalse(Secrets.same(null, null));
  }
}
