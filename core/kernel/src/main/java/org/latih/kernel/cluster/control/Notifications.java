package org.latih.kernel.cluster.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.latih.kernel.persistence.UrlDataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * A connection of the feed's own, outside the application's pool, that LISTENs for the NOTIFY sent
 * with each change. It stays open as long as the node follows the feed: a pooled connection would
 * be held for good (and a LISTEN left on it would outlive its borrower).
 */
final class Notifications implements AutoCloseable {

  private final Connection connection;

  private Notifications(Connection connection) {
    this.connection = connection;
  }

  static Notifications listen(String url, String user, String password) throws SQLException {
    UrlDataSource source = new UrlDataSource();
    source.setUrl(url);
    source.setUser(user);
    source.setPassword(password);
    Connection connection = source.getConnection();
    try (Statement statement = connection.createStatement()) {
      statement.execute("LISTEN " + ChangeLog.CHANNEL);
    } catch (SQLException e) {
      connection.close();
      throw e;
    }
    return new Notifications(connection);
  }

  /** Waits up to {@code timeout} for a notification; true if one (or more) came. */
  boolean await(Duration timeout) throws SQLException {
    PGNotification[] got =
        connection.unwrap(PGConnection.class).getNotifications((int) timeout.toMillis());
    return got != null && got.length > 0;
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      // the connection is being given up anyway
    }
  }
}
