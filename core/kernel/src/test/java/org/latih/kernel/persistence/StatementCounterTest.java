package org.latih.kernel.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class StatementCounterTest {

  private static Connection h2() throws Exception {
    UrlDataSource source = new UrlDataSource();
    source.setUrl("jdbc:h2:mem:counter" + System.nanoTime());
    return source.getConnection();
  }

  @Test
  void countsEveryExecutionOnThisThreadAndABatchOnce() throws Exception {
    try (Connection connection = h2()) {
      StatementCounter.reset();
      try (Statement statement = connection.createStatement()) {
        statement.execute("CREATE TABLE t (id INT PRIMARY KEY, v VARCHAR(10))");
      }
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO t VALUES (?, ?)")) {
        for (int i = 0; i < 3; i++) {
          insert.setInt(1, i);
          insert.setString(2, "v" + i);
          insert.addBatch();
        }
        insert.executeBatch();
      }
      try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM t");
          ResultSet rows = select.executeQuery()) {
        rows.next();
        assertEquals(3, rows.getInt(1), "the wrapped statements really ran");
      }
      assertEquals(3, StatementCounter.count(), "create, one batch, select");

      StatementCounter.reset();
      assertEquals(0, StatementCounter.count());
    }
  }

  @Test
  void anotherThreadsStatementsAreNotCounted() throws Exception {
    try (Connection connection = h2()) {
      StatementCounter.reset();
      Thread other =
          new Thread(
              () -> {
                try (Statement statement = connection.createStatement()) {
                  statement.execute("SELECT 1");
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              });
      other.start();
      other.join();
      assertEquals(0, StatementCounter.count());
    }
  }
}
