package org.latih.testing.seed;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Inserts as JDBC batches, one prepared statement per table, committed every few thousand rows.
 * Tables are flushed in the order they were declared, which is the order of their foreign keys
 * (users before enrolments before attempts before their slots), so a child row never reaches the
 * database before its parent even when it was added first.
 */
final class Rows implements AutoCloseable {

  private final Connection connection;
  private final int commitEvery;
  private final List<Table> tables = new ArrayList<>();
  private final Map<String, Long> written = new LinkedHashMap<>();
  private int pending;

  Rows(Connection connection, int commitEvery) {
    this.connection = connection;
    this.commitEvery = commitEvery;
  }

  /** An insert into {@code name}'s columns; declare tables parents first. */
  Table table(String name, String... columns) throws SQLException {
    String sql =
        "INSERT INTO "
            + name
            + " ("
            + String.join(", ", columns)
            + ") VALUES ("
            + String.join(", ", Collections.nCopies(columns.length, "?"))
            + ")";
    Table table = new Table(name, connection.prepareStatement(sql), columns.length);
    tables.add(table);
    written.putIfAbsent(name, 0L);
    return table;
  }

  /**
   * Flushes once enough rows are waiting. Called between whole units of work (a learner, a course),
   * never inside one, so a batch never holds a child whose parent is still to come.
   */
  void checkpoint() throws SQLException {
    if (pending >= commitEvery) {
      flush();
    }
  }

  /** Sends every batch, parents first, and commits. */
  void flush() throws SQLException {
    for (Table table : tables) {
      if (table.batched > 0) {
        table.statement.executeBatch();
        written.merge(table.name, (long) table.batched, Long::sum);
        table.batched = 0;
      }
    }
    connection.commit();
    pending = 0;
  }

  /** Rows written so far per table, in the order the tables were declared. */
  Map<String, Long> written() {
    return Collections.unmodifiableMap(written);
  }

  @Override
  public void close() throws SQLException {
    flush();
    for (Table table : tables) {
      table.statement.close();
    }
  }

  /** One table's insert statement with its pending batch. */
  final class Table {
    private final String name;
    private final PreparedStatement statement;
    private final int columns;
    private int batched;

    private Table(String name, PreparedStatement statement, int columns) {
      this.name = name;
      this.statement = statement;
      this.columns = columns;
    }

    /** Adds one row; values in the declared column order, null for SQL NULL. */
    void add(Object... values) throws SQLException {
      if (values.length != columns) {
        throw new IllegalArgumentException(
            name + " takes " + columns + " values, not " + values.length);
      }
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      statement.addBatch();
      batched++;
      pending++;
    }
  }
}
