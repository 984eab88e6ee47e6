package org.latih.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * A PostgreSQL database of a test's own, on the server LATIH_DB_URL names (credentials from the
 * environment, as the suite's server takes them), created empty and dropped at the end, so nodes
 * started on it meet a fresh installation and leave nothing behind.
 */
final class ClusterDatabase implements AutoCloseable {

  private final String suiteUrl;
  private final String name;

  private ClusterDatabase(String suiteUrl, String name) {
    this.suiteUrl = suiteUrl;
    this.name = name;
  }

  static ClusterDatabase create(String prefix) throws SQLException {
    String suite = System.getenv("LATIH_DB_URL");
    if (suite == null || !suite.startsWith("jdbc:postgresql://")) {
      throw new AssertionError(
          "this test needs PostgreSQL: it runs in the PostgreSQL pass (bin/test --db-only with"
              + " LATIH_DB_URL=jdbc:postgresql://…), not on the embedded database");
    }
    ClusterDatabase db =
        new ClusterDatabase(
            suite,
            prefix + "_" + ProcessHandle.current().pid() + "_" + System.nanoTime() % 1_000_000);
    db.execute("CREATE DATABASE " + db.name);
    return db;
  }

  /** The JDBC URL of this database: the suite's, with the database name replaced. */
  String url() {
    int path = suiteUrl.indexOf('/', "jdbc:postgresql://".length());
    int query = suiteUrl.indexOf('?', path);
    return suiteUrl.substring(0, path + 1) + name + (query < 0 ? "" : suiteUrl.substring(query));
  }

  /** The first column of the first row {@code sql} answers, in this database. */
  long count(String sql) throws SQLException {
    try (Connection c =
            DriverManager.getConnection(
                url(), System.getenv("LATIH_DB_USER"), System.getenv("LATIH_DB_PASSWORD"));
        Statement statement = c.createStatement();
        java.sql.ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  /**
   * Every module's migrations applied once and none failed, however many nodes migrated this
   * database at once: the others waited for the first.
   */
  void assertEachMigrationAppliedOnce() throws SQLException {
    for (String module : List.of("kernel", "course", "assessment", "evaluation")) {
      String history = "schema_history_" + module;
      assertEquals(
          0,
          count(
              "SELECT COUNT(*) FROM (SELECT version FROM "
                  + history
                  + " WHERE version IS NOT NULL GROUP BY version HAVING COUNT(*) > 1) twice"),
          history + ": a migration applied twice");
      assertEquals(0, count("SELECT COUNT(*) FROM " + history + " WHERE NOT success"), history);
      assertTrue(count("SELECT COUNT(*) FROM " + history) > 1, history + " is empty");
    }
  }

  private void execute(String sql) throws SQLException {
    try (Connection c =
            DriverManager.getConnection(
                suiteUrl, System.getenv("LATIH_DB_USER"), System.getenv("LATIH_DB_PASSWORD"));
        Statement statement = c.createStatement()) {
      statement.execute(sql);
    }
  }

  @Override
  public void close() throws SQLException {
    execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
  }
}
