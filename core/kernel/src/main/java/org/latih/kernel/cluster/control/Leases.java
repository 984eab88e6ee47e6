package org.latih.kernel.cluster.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.latih.kernel.persistence.Migrations;

/**
 * Leases on background work that must run once across the cluster: a node runs a job only while it
 * holds the job's lease, which it takes when free or expired and renews on every run, so the job
 * stays on one node and moves to another within {@code term} when that node dies. Taking is one
 * conditional UPDATE (or an INSERT for a lease never taken), atomic on any database: two nodes
 * trying at once get one winner. Each attempt commits at once, on its own connection, so no
 * transaction is held while the job runs. Times are the nodes' clocks: keep them in step (NTP).
 */
@ApplicationScoped
public class Leases {

  private static final Logger LOG = Logger.getLogger(Leases.class.getName());

  @Resource(lookup = Migrations.DATA_SOURCE)
  DataSource dataSource;

  @Inject Node node;
  @Inject Clock clock;

  /** Takes or renews lease {@code name} for {@code term}; true if this node holds it now. */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public boolean hold(String name, Duration term) {
    Instant now = clock.instant();
    Timestamp until = Timestamp.from(now.plus(term));
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement take =
          c.prepareStatement(
              "UPDATE cluster_leases SET holder = ?, held_until = ?"
                  + " WHERE name = ? AND (holder = ? OR held_until < ?)")) {
        take.setString(1, node.id());
        take.setTimestamp(2, until);
        take.setString(3, name);
        take.setString(4, node.id());
        take.setTimestamp(5, Timestamp.from(now));
        if (take.executeUpdate() == 1) {
          return true;
        }
      }
      try (PreparedStatement first =
          c.prepareStatement(
              "INSERT INTO cluster_leases (name, holder, held_until) SELECT ?, ?, ?"
                  + " WHERE NOT EXISTS (SELECT 1 FROM cluster_leases WHERE name = ?)")) {
        first.setString(1, name);
        first.setString(2, node.id());
        first.setTimestamp(3, until);
        first.setString(4, name);
        return first.executeUpdate() == 1;
      }
    } catch (SQLException e) {
      // another node inserted the same new lease at the same moment (key taken), or the
      // database is away: either way this node does not run the job now
      LOG.log(Level.FINE, "Lease " + name + " not taken", e);
      return false;
    }
  }
}
