package db.migration.assessment;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Attempt slots take their ids in blocks of {@value #BLOCK} (AttemptSlot's allocationSize): a
 * 40-question start needs 40 at once, and in blocks of 50 nearly every start of an exam wave
 * fetched a block under EclipseLink's sequence lock. A Java migration, not SQL, because the
 * sequence must restart above every id already handed out (EclipseLink takes a value v as the block
 * ending at v and refuses a first value below the block size), and reading where a sequence stands
 * differs between H2 and PostgreSQL.
 */
public class V4__slot_id_blocks extends BaseJavaMigration {

  static final long BLOCK = 1000;

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    long used = Math.max(highestHandedOut(connection), highest(connection));
    long restart = (used / BLOCK + 2) * BLOCK;
    try (Statement st = connection.createStatement()) {
      st.execute(
          "ALTER SEQUENCE attempt_slots_seq RESTART WITH " + restart + " INCREMENT BY " + BLOCK);
    }
  }

  /** At most the sequence's last value: ids up to it may have been handed out. */
  private static long highestHandedOut(Connection connection) throws SQLException {
    boolean postgres = connection.getMetaData().getDatabaseProductName().startsWith("PostgreSQL");
    String sql =
        postgres
            ? "SELECT last_value FROM attempt_slots_seq"
            // the value the next call would return, so above anything handed out
            : "SELECT BASE_VALUE FROM INFORMATION_SCHEMA.SEQUENCES"
                + " WHERE SEQUENCE_NAME = 'ATTEMPT_SLOTS_SEQ'";
    return single(connection, sql);
  }

  private static long highest(Connection connection) throws SQLException {
    return single(connection, "SELECT COALESCE(MAX(id), 0) FROM attempt_slots");
  }

  private static long single(Connection connection, String sql) throws SQLException {
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      if (!rs.next()) {
        throw new SQLException("no answer to " + sql);
      }
      return rs.getLong(1);
    }
  }
}
