package org.latih.report.export.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.latih.report.export.api.TableFormat;

/** Which node's try of an export counts. */
class ExportJobTest {

  private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

  private static ExportJob queuedOn(String node) {
    return new ExportJob(
        node,
        7L,
        2L,
        RawKind.ATTEMPTS,
        TableFormat.CSV,
        null,
        null,
        "id",
        100L,
        NOW,
        Duration.ofHours(24));
  }

  @Test
  void theNodeAJobWasQueuedOnStartsItOnceAndNoOtherNodeDoes() {
    ExportJob job = queuedOn("a");
    assertFalse(job.start("b", 1, NOW), "queued for node a");
    assertTrue(job.start("a", 1, NOW));
    assertEquals(ExportState.RUNNING, job.state());
    assertFalse(job.start("a", 1, NOW), "started already");
  }

  @Test
  void aJobTakenOverIsTheNextTryFromTheStartAndTheOldTryNoLongerCounts() {
    ExportJob job = queuedOn("a");
    job.start("a", 1, NOW);
    job.progress(40, NOW.plusSeconds(1));
    assertFalse(job.quietSince(NOW), "marked fresh at its last progress");
    assertTrue(job.quietSince(NOW.plusSeconds(121)));

    job.retryOn("b", NOW.plusSeconds(121));
    assertEquals(2, job.attempt());
    assertEquals(ExportState.QUEUED, job.state());
    assertEquals(0, job.rowsWritten());
    assertFalse(job.heldBy("a", 1), "node a, should it wake up, no longer has the job");
    assertFalse(job.start("a", 1, NOW.plusSeconds(122)));
    assertTrue(job.start("b", 2, NOW.plusSeconds(122)));
    assertTrue(job.heldBy("b", 2));
  }
}
