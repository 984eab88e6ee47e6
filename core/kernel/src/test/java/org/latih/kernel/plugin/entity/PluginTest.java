package org.latih.kernel.plugin.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PluginTest {

  private static final Instant NOW = Instant.parse("2026-12-06T08:00:00Z");
  private static final Duration FIRST = Duration.ofSeconds(10);

  private static Plugin installed() {
    return new Plugin("kupang-evaluasi", null, "1.0.0", "k.jar", "abc", "{}", "admin", NOW);
  }

  @Test
  void eachConsecutiveFailureWaitsTwiceAsLongUpToFifteenMinutes() {
    Plugin plugin = installed();
    long[] waits = new long[9];
    for (int i = 0; i < waits.length; i++) {
      plugin.fail("crashed", NOW, FIRST);
      waits[i] = Duration.between(NOW, plugin.retryAt()).toSeconds();
      plugin.recover(); // a relapse after recovering counts on
    }
    assertEquals(10, waits[0]);
    assertEquals(20, waits[1]);
    assertEquals(40, waits[2]);
    assertEquals(640, waits[6]);
    assertEquals(900, waits[7], "capped at 15 minutes");
    assertEquals(900, waits[8]);
  }

  @Test
  void aNewVersionStartsTheBackoffAfresh() {
    Plugin plugin = installed();
    plugin.fail("crashed", NOW, FIRST);
    plugin.fail("crashed again", NOW, FIRST);
    plugin.replaceWith("1.0.1", "k.jar", "def", "{}", "admin", NOW);
    assertNull(plugin.retryAt());
    plugin.fail("crashed", NOW, Duration.ofSeconds(2));
    assertEquals(Duration.ofSeconds(2), Duration.between(NOW, plugin.retryAt()));
    assertEquals("crashed", plugin.error());
  }
}
