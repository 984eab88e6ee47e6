package org.latih.kernel.cluster.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.latih.kernel.persistence.Migrations;
import org.latih.kernel.persistence.UrlDataSource;

/** Leases on a real (embedded) database with the kernel's own migrations. */
class LeasesTest {

  private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

  private UrlDataSource database;

  @BeforeEach
  void migrate() {
    database = new UrlDataSource();
    database.setUrl("jdbc:h2:mem:leases" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    Migrations.applyAll(database);
  }

  private Leases node(Instant at) {
    Leases leases = new Leases();
    leases.dataSource = database;
    leases.node = new Node();
    leases.clock = Clock.fixed(at, ZoneOffset.UTC);
    return leases;
  }

  @Test
  void oneNodeHoldsALeaseAndRenewsItUntilItStopsThenAnotherTakesIt() {
    Leases first = node(NOW);
    Leases second = node(NOW);
    assertTrue(first.hold("sweep", Duration.ofSeconds(60)));
    assertFalse(second.hold("sweep", Duration.ofSeconds(60)));
    assertTrue(first.hold("sweep", Duration.ofSeconds(60)), "the holder renews");
    assertTrue(second.hold("other", Duration.ofSeconds(60)), "leases are per job");

    Leases secondLater = node(NOW.plusSeconds(61));
    secondLater.node = second.node;
    assertTrue(secondLater.hold("sweep", Duration.ofSeconds(60)), "expired: another node takes it");
    Leases firstLater = node(NOW.plusSeconds(62));
    firstLater.node = first.node;
    assertFalse(firstLater.hold("sweep", Duration.ofSeconds(60)), "and the first no longer has it");
  }

  @Test
  void ofEightNodesTryingAtOnceExactlyOneGetsTheLease() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Boolean>> tries = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        Leases leases = node(NOW);
        tries.add(() -> leases.hold("rebuild", Duration.ofMinutes(5)));
      }
      long winners = 0;
      for (Future<Boolean> done : pool.invokeAll(tries)) {
        winners += done.get() ? 1 : 0;
      }
      assertEquals(1, winners);
    } finally {
      pool.shutdownNow();
    }
  }
}
