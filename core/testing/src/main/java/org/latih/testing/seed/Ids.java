package org.latih.testing.seed;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Ids from the app's sequences, taken the way EclipseLink takes them: a sequence counts in steps of
 * its entity's allocation size (50, or 1,000 for attempt slots: read from the sequence) and a value
 * v stands for the block (v-step, v]. Each block comes from {@code nextval}, so a server running at
 * the same time can never be handed one of these ids, and once the seed is done every sequence is
 * already past the largest id written.
 */
final class Ids {

  private static final int MAX_BLOCKS_PER_READ = 200;

  private final Connection connection;
  private final boolean postgres;
  private final Map<String, Source> sources = new HashMap<>();

  Ids(Connection connection) throws SQLException {
    this.connection = connection;
    this.postgres = connection.getMetaData().getDatabaseProductName().startsWith("PostgreSQL");
  }

  /** The next free id of {@code table}, from its sequence {@code <table>_seq}. */
  long next(String table) throws SQLException {
    return sources.computeIfAbsent(table, Source::new).next();
  }

  private final class Source {
    private final String table;
    private final Deque<Long> blocks = new ArrayDeque<>();
    private long next;
    private long last = -1;
    private long block;
    private int blocksPerRead = 1;
    private boolean checked;

    Source(String table) {
      this.table = table;
    }

    long next() throws SQLException {
      if (next > last) {
        if (blocks.isEmpty()) {
          read();
        }
        last = blocks.pop();
        next = last - block + 1;
      }
      return next++;
    }

    /** Reads more blocks, twice as many each time: one for a region, hundreds for answers. */
    private void read() throws SQLException {
      String sequence = table + "_seq";
      if (block == 0) {
        block = increment(sequence);
      }
      String sql =
          postgres
              ? "SELECT nextval('" + sequence + "') FROM generate_series(1, " + blocksPerRead + ")"
              : "SELECT NEXT VALUE FOR "
                  + sequence
                  + " FROM SYSTEM_RANGE(1, "
                  + blocksPerRead
                  + ")";
      try (Statement st = connection.createStatement();
          ResultSet rs = st.executeQuery(sql)) {
        while (rs.next()) {
          blocks.add(rs.getLong(1));
        }
      }
      blocksPerRead = Math.min(MAX_BLOCKS_PER_READ, blocksPerRead * 2);
      if (!checked) {
        checked = true;
        skipWrittenIds(sequence);
      }
    }

    /**
     * A database whose rows were written without the sequence (an old import, a restore) may hold
     * ids above it: the sequence then restarts past them, once, before any id is used.
     */
    private void skipWrittenIds(String sequence) throws SQLException {
      long max;
      try (Statement st = connection.createStatement();
          ResultSet rs = st.executeQuery("SELECT MAX(id) FROM " + table)) {
        max = rs.next() ? rs.getLong(1) : 0;
      }
      if (blocks.peekFirst() - block >= max) {
        return;
      }
      try (Statement st = connection.createStatement()) {
        st.execute("ALTER SEQUENCE " + sequence + " RESTART WITH " + (max / block + 2) * block);
      }
      blocks.clear();
      blocksPerRead = 1;
      read();
    }

    /** The sequence's INCREMENT BY: the size of the blocks EclipseLink takes from it. */
    private long increment(String sequence) throws SQLException {
      String sql =
          postgres
              ? "SELECT increment_by FROM pg_sequences WHERE sequencename = ?"
              : "SELECT \"INCREMENT\" FROM INFORMATION_SCHEMA.SEQUENCES WHERE SEQUENCE_NAME = ?";
      try (PreparedStatement st = connection.prepareStatement(sql)) {
        st.setString(1, postgres ? sequence : sequence.toUpperCase(Locale.ROOT));
        try (ResultSet rs = st.executeQuery()) {
          if (!rs.next()) {
            throw new SQLException("no sequence " + sequence);
          }
          return rs.getLong(1);
        }
      }
    }
  }
}
