package org.latih.kernel.cluster.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CursorTest {

  private static final long SECOND = Duration.ofSeconds(1).toNanos();

  @Test
  void aChangeCommittedLateWithALowerIdIsStillApplied() {
    Cursor cursor = new Cursor(10, Duration.ofSeconds(30));
    assertTrue(cursor.first(12, 0)); // 11's transaction has not committed yet
    cursor.settle(SECOND);
    assertEquals(10, cursor.floor(), "the floor waits below the gap");
    assertTrue(cursor.first(11, 2 * SECOND), "11 arrives later and is applied");
    assertFalse(cursor.first(12, 2 * SECOND), "12 is not applied twice");
  }

  @Test
  void theFloorPassesIdsSeenLongerThanTheGraceAgo() {
    Cursor cursor = new Cursor(0, Duration.ofSeconds(30));
    cursor.first(1, 0);
    cursor.first(3, 0); // 2 rolled back: it never comes
    assertFalse(cursor.settle(29 * SECOND));
    assertTrue(cursor.settle(30 * SECOND));
    assertEquals(3, cursor.floor());
    assertFalse(cursor.first(2, 31 * SECOND), "below the floor: taken as rolled back");
  }

  @Test
  void theFloorIsKeptOnDiskAndANodeWithoutOneHasNone(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("cluster").resolve("applied");
    assertTrue(Cursor.read(file).isEmpty());
    Cursor cursor = new Cursor(41, Duration.ZERO);
    cursor.first(42, 0);
    cursor.settle(0);
    cursor.write(file);
    assertEquals(42, Cursor.read(file).getAsLong());
    Files.writeString(file, "rusak");
    assertTrue(Cursor.read(file).isEmpty(), "an unreadable record counts as none: rebuild");
  }
}
