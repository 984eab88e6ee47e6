package org.latih.app.it;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.latih.kernel.persistence.Migrations;
import org.latih.kernel.persistence.UrlDataSource;

/**
 * Several nodes started together on a new PostgreSQL database all migrate it at once: each must
 * come up, and every migration must be applied once. Flyway's own lock covers only a history table
 * that exists, so two nodes could both find none, and the second then refused the table the first
 * had just made ("already exists, and is empty"); {@code ClusterIT} failed that way once in five CI
 * runs. Here four migrations meet at a barrier, which is far likelier to hit it than two servers
 * starting.
 *
 * <p>PostgreSQL only, like ClusterIT (core/app's pom leaves {@code Cluster*IT} out of the
 * embedded-database pass).
 */
class ClusterMigrationsIT {

  private static final int NODES = 4;

  @RepeatedTest(3)
  void nodesMigratingOneNewDatabaseTogetherAllStartAndApplyEachMigrationOnce() throws Exception {
    try (ClusterDatabase database = ClusterDatabase.create("latih_migrations")) {
      CyclicBarrier together = new CyclicBarrier(NODES);
      ExecutorService nodes = Executors.newFixedThreadPool(NODES);
      try {
        List<Future<?>> migrating = new ArrayList<>();
        for (int i = 0; i < NODES; i++) {
          migrating.add(
              nodes.submit(
                  () -> {
                    UrlDataSource node = new UrlDataSource();
                    node.setUrl(database.url());
                    node.setUser(System.getenv("LATIH_DB_USER"));
                    node.setPassword(System.getenv("LATIH_DB_PASSWORD"));
                    together.await();
                    Migrations.applyAll(node);
                    return null;
                  }));
        }
        for (Future<?> node : migrating) {
          node.get(2, TimeUnit.MINUTES); // a node that failed to migrate fails the test here
        }
      } finally {
        nodes.shutdownNow();
      }
      database.assertEachMigrationAppliedOnce();
    }
  }
}
