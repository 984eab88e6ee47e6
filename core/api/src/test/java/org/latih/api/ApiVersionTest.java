package org.latih.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ApiVersionTest {

  @Test
  void hostRunsPluginsBuiltForAnOlderMinorOfTheSameMajor() {
    ApiVersion host = new ApiVersion(1, 3);
    assertTrue(host.satisfies(new ApiVersion(1, 0)));
    assertTrue(host.satisfies(new ApiVersion(1, 3)));
    assertFalse(host.satisfies(new ApiVersion(1, 4)), "newer minor needs a newer core");
    assertFalse(host.satisfies(new ApiVersion(2, 0)), "other major is incompatible");
    assertFalse(host.satisfies(new ApiVersion(0, 9)), "older major is incompatible");
  }

  @Test
  void parsesAndExplainsBadText() {
    assertEquals(new ApiVersion(2, 11), ApiVersion.parse(" 2.11 "));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ApiVersion.parse("2.x"));
    assertTrue(e.getMessage().contains("'2.x'"));
    assertThrows(IllegalArgumentException.class, () -> ApiVersion.parse(null));
    assertThrows(IllegalArgumentException.class, () -> ApiVersion.parse("1.2.3"));
  }
}
