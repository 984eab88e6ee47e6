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
    Table table = new Table(name, columns);
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
      written.merge(table.name, table.send(), Long::sum);
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
      table.full.close();
    }
  }

  /**
   * One table's inserts, {@value #ROWS_PER_INSERT} rows to a statement: over H2's TCP server (an IT
   * seeding the test server's file) every statement of a batch is a round trip of its own, so
   * multi-row statements halved an IT's seed (74,000 rows: 16 s, now 8 s).
   */
  final class Table {
    private static final int ROWS_PER_INSERT = 100;

    private final String name;
    private final String[] columns;
    private final PreparedStatement full;
    private final List<Object[]> waiting = new ArrayList<>();
    private long batched;

    private Table(String name, String[] columns) throws SQLException {
      this.name = name;
      this.columns = columns;
      this.full = connection.prepareStatement(insert(ROWS_PER_INSERT));
    }

    private String insert(int rows) {
      String row = "(" + String.join(", ", Collections.nCopies(columns.length, "?")) + ")";
      return "INSERT INTO "
          + name
          + " ("
          + String.join(", ", columns)
          + ") VALUES "
          + String.join(", ", Collections.nCopies(rows, row));
    }

    /** Adds one row; values in the declared column order, null for SQL NULL. */
    void add(Object... values) throws SQLException {
      if (values.length != columns.length) {
        throw new IllegalArgumentException(
            name + " takes " + columns.length + " values, not " + values.length);
      }
      waiting.add(values);
      pending++;
      if (waiting.size() == ROWS_PER_INSERT) {
        bind(full);
        full.addBatch();
        batched += ROWS_PER_INSERT;
      }
    }

    private void bind(PreparedStatement statement) throws SQLException {
      int p = 1;
      for (Object[] row : waiting) {
        for (Object value : row) {
          statement.setObject(p++, value);
        }
      }
      waiting.clear();
    }

    /** Sends the full statements as one batch and the rest as one statement; returns the rows. */
    private long send() throws SQLException {
      long rows = batched + waiting.size();
      if (batched > 0) {
        full.executeBatch();
        batched = 0;
      }
      if (!waiting.isEmpty()) {
        try (PreparedStatement rest = connection.prepareStatement(insert(waiting.size()))) {
          bind(rest);
          rest.executeUpdate();
        }
      }
      return rows;
    }
  }
}
