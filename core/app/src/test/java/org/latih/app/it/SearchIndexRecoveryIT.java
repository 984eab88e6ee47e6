package org.latih.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A search index destroyed while the server was down (files overwritten with garbage) is noticed at
 * start and rebuilt from the database, without anyone's help and without stopping the start.
 */
class SearchIndexRecoveryIT {

  @Test
  void aCorruptIndexIsRebuiltFromTheDatabaseAtStart() throws Exception {
    try (PayaraProcess server = PayaraProcess.fresh("search")) {
      server.start();
      Path data = server.dataDir();
      Api admin = server.admin();
      settle(admin); // on PostgreSQL the suite's courses are already there: a first build runs
      int before = hits(admin);
      assertTrue(before > 0, "the starter catalogue is searchable");
      server.kill();

      Path index = data.resolve("search").resolve("courses");
      try (Stream<Path> files = Files.list(index)) {
        for (Path file : files.toList()) {
          if (Files.isRegularFile(file) && !file.getFileName().toString().equals("write.lock")) {
            Files.write(file, "kein index".getBytes());
          }
        }
      }

      server.start();
      Api again = server.admin();
      int after = 0;
      for (int i = 0; i < 120 && after < before; i++) {
        Thread.sleep(500);
        after = hits(again);
      }
      assertEquals(before, after, "every starter hit is back");
      assertEquals("DONE", again.get("api/v1/search/rebuild").json().getString("state"));
    }
  }

  private static void settle(Api admin) throws InterruptedException {
    for (int i = 0; i < 240; i++) {
      if (!"RUNNING".equals(admin.get("api/v1/search/rebuild").json().getString("state"))) {
        return;
      }
      Thread.sleep(500);
    }
  }

  private static int hits(Api admin) {
    Api.Reply reply = admin.get("api/v1/search?q=pelayanan");
    assertEquals(200, reply.status(), reply::toString);
    return reply.json().getInt("totalHits");
  }
}
