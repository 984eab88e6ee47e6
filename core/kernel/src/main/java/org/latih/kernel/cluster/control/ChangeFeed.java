package org.latih.kernel.cluster.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.latih.kernel.persistence.Migrations;

/**
 * Follows the change feed on a thread of its own and hands every new change to this node's
 * observers ({@link ChangeArrived}). On PostgreSQL a NOTIFY wakes it at once; otherwise, and as the
 * fallback when a notification is lost or the listening connection is down, it reads the log every
 * {@code latih.cluster.poll-ms}. It starts from the floor it kept on disk, so a node that was down
 * catches up; with none (or one below what was pruned) it rebuilds instead ({@link FeedReset}).
 */
@Singleton
@Startup
@DependsOn("Migrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ChangeFeed {

  private static final Logger LOG = Logger.getLogger(ChangeFeed.class.getName());

  /** A transaction open longer than this after it wrote its change row is taken as rolled back. */
  static final Duration GRACE = Duration.ofSeconds(30);

  private static final Duration RECONNECT = Duration.ofSeconds(5);

  @Resource(lookup = Migrations.DATA_SOURCE)
  DataSource dataSource;

  @Resource ManagedThreadFactory threads;
  @Inject Node node;
  @Inject Event<ChangeArrived> arrived;
  @Inject Event<FeedReset> reset;

  @Inject
  @ConfigProperty(name = "latih.cluster.poll-ms", defaultValue = "1000")
  long pollMs;

  @Inject
  @ConfigProperty(name = "latih.db.url", defaultValue = "")
  String url;

  @Inject
  @ConfigProperty(name = "latih.db.user", defaultValue = "")
  String user;

  @Inject
  @ConfigProperty(name = "latih.db.password", defaultValue = "")
  String password;

  private volatile boolean running = true;
  private volatile Thread thread;
  private volatile long applied;

  @PostConstruct
  void start() {
    thread = threads.newThread(this::follow);
    thread.setName("latih-change-feed");
    thread.start();
  }

  @PreDestroy
  void stop() {
    running = false;
    Thread t = thread;
    if (t != null) {
      t.interrupt();
    }
  }

  /** The floor this node has applied the feed to, for health and tests. */
  public long applied() {
    return applied;
  }

  private void follow() {
    Cursor cursor = null;
    Notifications listener = null;
    long listenRetryAt = 0;
    while (running) {
      try {
        if (cursor == null) {
          cursor = open();
        }
        if (node.postgres() && listener == null && System.nanoTime() >= listenRetryAt) {
          try {
            listener = Notifications.listen(url, user, password);
          } catch (SQLException e) {
            listenRetryAt = System.nanoTime() + RECONNECT.toNanos();
            LOG.log(Level.WARNING, "Cannot LISTEN for changes; polling meanwhile", e);
          }
        }
        poll(cursor);
        if (listener != null) {
          try {
            listener.await(Duration.ofMillis(pollMs));
          } catch (SQLException e) {
            LOG.log(Level.WARNING, "Lost the LISTEN connection; polling meanwhile", e);
            listener.close();
            listener = null;
            listenRetryAt = System.nanoTime() + RECONNECT.toNanos();
          }
        } else {
          Thread.sleep(pollMs);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      } catch (RuntimeException | SQLException e) {
        // the database may be restarting: keep following, from where this node was
        LOG.log(Level.WARNING, "Change feed read failed; trying again", e);
        pause();
      }
    }
    if (listener != null) {
      listener.close();
    }
  }

  /** Where to start: the floor kept on disk, or the log's end after a rebuild. */
  private Cursor open() throws SQLException {
    OptionalLong kept = Cursor.read(node.cursorFile());
    long prunedBelow = mark("change-log-pruned-below");
    if (kept.isPresent() && kept.getAsLong() >= prunedBelow) {
      applied = kept.getAsLong();
      LOG.info(() -> "Following the change feed from id " + applied);
      return new Cursor(kept.getAsLong(), GRACE);
    }
    // read where to start first: a change made while the rebuild runs is applied again, not missed
    long end = newest();
    LOG.info(() -> "No record of applied changes: rebuilding caches, then following from " + end);
    reset.fire(new FeedReset(end));
    Cursor fresh = new Cursor(end, GRACE);
    fresh.write(node.cursorFile());
    applied = end;
    return fresh;
  }

  private void poll(Cursor cursor) throws SQLException {
    List<ChangeArrived> batch = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement read =
            c.prepareStatement(
                "SELECT id, kind, item_key, region_id, origin FROM change_log"
                    + " WHERE id > ? ORDER BY id")) {
      read.setLong(1, cursor.floor());
      read.setMaxRows(1000);
      try (ResultSet rows = read.executeQuery()) {
        long now = System.nanoTime();
        while (rows.next()) {
          long id = rows.getLong(1);
          if (cursor.first(id, now)) {
            long region = rows.getLong(4);
            batch.add(
                new ChangeArrived(
                    id,
                    rows.getString(2),
                    rows.getString(3),
                    rows.wasNull() ? null : region,
                    node.id().equals(rows.getString(5))));
          }
        }
      }
    }
    for (ChangeArrived change : batch) {
      try {
        arrived.fire(change);
      } catch (RuntimeException e) {
        // one observer's failure must not stop the feed; the admin's rebuild repairs a cache
        LOG.log(Level.WARNING, "Change " + change + " not applied on this node", e);
      }
    }
    if (cursor.settle(System.nanoTime())) {
      cursor.write(node.cursorFile());
      applied = cursor.floor();
    }
  }

  /**
   * Where a rebuilt node starts following: below the changes of the last grace period, since a
   * transaction that wrote its row then may commit after the rebuild has read the database.
   */
  private long newest() throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement read =
            c.prepareStatement("SELECT MAX(id) FROM change_log WHERE changed_at < ?")) {
      read.setTimestamp(1, Timestamp.from(Instant.now().minus(GRACE)));
      try (ResultSet rows = read.executeQuery()) {
        return rows.next() ? rows.getLong(1) : 0;
      }
    }
  }

  private long mark(String name) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement read =
            c.prepareStatement("SELECT mark FROM cluster_marks WHERE name = ?")) {
      read.setString(1, name);
      try (ResultSet rows = read.executeQuery()) {
        return rows.next() ? rows.getLong(1) : 0;
      }
    }
  }

  private void pause() {
    try {
      Thread.sleep(RECONNECT.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }
}
