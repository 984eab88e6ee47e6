package org.latih.report.certificate.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerificationCodesTest {

  @Test
  void codesAre32CharactersOfBase32AndNeverRepeat() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String code = VerificationCodes.next();
      assertEquals(32, code.length());
      assertTrue(VerificationCodes.wellFormed(code), code);
      assertTrue(seen.add(code));
    }
  }

  @Test
  void anythingElseIsNotACode() {
    assertFalse(VerificationCodes.wellFormed(null));
    assertFalse(VerificationCodes.wellFormed("abc"));
    assertFalse(VerificationCodes.wellFormed("0".repeat(32)), "0 and 1 are not base32");
    assertFalse(VerificationCodes.wellFormed("A".repeat(32)));
  }
}
