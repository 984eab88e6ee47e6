package org.latih.kernel.identity.activation.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OneTimeCodeTest {

  @Test
  void aCodeIsTenCrockfordCharactersShownInTwoGroups() {
    String code = OneTimeCode.generate();
    assertTrue(code.matches("[0-9A-HJKMNP-TV-Z]{10}"), code);
    assertEquals(code.substring(0, 5) + "-" + code.substring(5), OneTimeCode.display(code));
  }

  @Test
  void codesDoNotRepeat() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      assertTrue(seen.add(OneTimeCode.generate()), "a repeat within 10,000 codes of 50 bits");
    }
  }

  @Test
  void whatPeopleTypeFromPaperIsForgiven() {
    assertEquals("0123456789", OneTimeCode.canonical("01234-56789"));
    assertEquals("ABCDE1FGH0", OneTimeCode.canonical(" abcde-ifgho "));
    assertEquals("ABCDE1FGH0", OneTimeCode.canonical("ABCDE LFGHO"));
    assertEquals("ABCDE1FGH0", OneTimeCode.canonical(OneTimeCode.display("ABCDE1FGH0")));
  }

  @Test
  void whatCannotBeACodeBecomesNothingThatMatches() {
    assertEquals("", OneTimeCode.canonical(null));
    assertEquals("", OneTimeCode.canonical("ABCDE-FGHJ"), "too short");
    assertEquals("", OneTimeCode.canonical("ABCDE-FGHJKM"), "too long");
    assertEquals("", OneTimeCode.canonical("ABCDE-FGHJU"), "U is not in the alphabet");
    assertEquals("", OneTimeCode.canonical("ABCDE/FGHJK"));
    assertEquals("", OneTimeCode.canonical("A".repeat(41)));
  }
}
