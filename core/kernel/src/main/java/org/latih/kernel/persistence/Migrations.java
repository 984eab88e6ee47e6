package org.latih.kernel.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.annotation.sql.DataSourceDefinitions;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date before anything else touches the database.
 *
 * <p>Each module keeps its migrations under {@code db/migration/<module>} with its own history
 * table, so modules can add versions independently without colliding in one sequence.
 */
@DataSourceDefinitions({
  @DataSourceDefinition(
      name = Migrations.DATA_SOURCE,
      className = "org.latih.kernel.persistence.UrlDataSource",
      url = "${MPCONFIG=latih.db.url}",
      user = "${MPCONFIG=latih.db.user}",
      password = "${MPCONFIG=latih.db.password}",
      minPoolSize = 1,
      maxPoolSize = 32,
      properties = {
        // a few seconds, not Payara's 60: past it the request answers 503
        // (UnexpectedExceptionMapper)
        "fish.payara.max-wait-time-in-millis=${MPCONFIG=latih.db.max-wait-ms}",
        // statements are counted only for the diagnostics header (StatementCountHeader)
        "statementCount=${MPCONFIG=latih.diagnostics.statement-count}",
        "fish.payara.is-connection-validation-required=true",
        "fish.payara.connection-validation-method=meta-data"
      }),
  // EclipseLink takes a new block of ids while holding the sequence's lock. From the main pool
  // that wait deadlocked exam starts: the holder waited for a connection that the 32 threads
  // queued behind the lock held, until the pool's wait expired (persistence.xml).
  @DataSourceDefinition(
      name = Migrations.SEQUENCE_DATA_SOURCE,
      className = "org.latih.kernel.persistence.UrlDataSource",
      url = "${MPCONFIG=latih.db.url}",
      user = "${MPCONFIG=latih.db.user}",
      password = "${MPCONFIG=latih.db.password}",
      transactional = false,
      minPoolSize = 1,
      maxPoolSize = 2,
      properties = {
        "fish.payara.is-connection-validation-required=true",
        "fish.payara.connection-validation-method=meta-data"
      })
})
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Migrations {

  public static final String DATA_SOURCE = "java:app/jdbc/latih";

  /** Only for EclipseLink's sequence blocks: see the annotation above. */
  public static final String SEQUENCE_DATA_SOURCE = "java:app/jdbc/latih-sequences";

  /** The kernel's tables first, then each module's in its declared order. */
  static List<String> modules() {
    return Stream.concat(
            Stream.of("kernel"),
            ServiceLoader.load(SchemaModule.class, Migrations.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get)
                .sorted(Comparator.comparingInt(SchemaModule::order))
                .map(SchemaModule::name))
        .toList();
  }

  private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

  /**
   * The migrations' advisory lock: "Latih" in ASCII, apart from Flyway's (hashes of table names).
   */
  private static final long MIGRATION_LOCK = 0x4c61746968L;

  @Resource(lookup = DATA_SOURCE)
  DataSource dataSource;

  private volatile boolean done;

  @PostConstruct
  void migrate() {
    applyAll(dataSource);
    warnIfAutovacuumIsOff();
    done = true;
  }

  /**
   * Without autovacuum nothing gathers PostgreSQL's planner statistics, and after a region's data
   * is imported the planner takes its tables for nearly empty: a whole region's plugin report then
   * took minutes instead of seconds. Said once at start, where an operator looks.
   */
  private void warnIfAutovacuumIsOff() {
    try (Connection connection = dataSource.getConnection()) {
      if (!connection.getMetaData().getDatabaseProductName().startsWith("PostgreSQL")) {
        return;
      }
      try (Statement st = connection.createStatement();
          ResultSet rs = st.executeQuery("SHOW autovacuum")) {
        if (rs.next() && "off".equals(rs.getString(1))) {
          LOG.warning(
              "PostgreSQL's autovacuum is off, so its planner statistics go stale: run ANALYZE"
                  + " after every import, or turn autovacuum on (docs/en/operations.md)");
        }
      }
    } catch (SQLException e) {
      LOG.warning(() -> "Could not ask PostgreSQL whether autovacuum is on: " + e.getMessage());
    }
  }

  /**
   * Brings the schema of {@code target} up to date: the kernel's and every module's migrations
   * found on this class's class path. Also what tools outside the server use (the seed of {@code
   * bench/seed-region}), so a database they fill is exactly the one the app makes. Not an overload
   * of {@link #migrate()}: the container finds the {@code @PostConstruct} method by name and, given
   * two, called the wrong one.
   */
  public static void applyAll(DataSource target) {
    try (Connection guard = target.getConnection()) {
      boolean postgres = guard.getMetaData().getDatabaseProductName().startsWith("PostgreSQL");
      if (postgres) {
        lockAgainstOtherNodes(guard);
      }
      try {
        migrateEachModule(target);
      } finally {
        if (postgres) {
          guard.commit(); // ends the transaction, and with it the lock
          guard.setAutoCommit(true); // as the pool's next user expects it
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not open the database to migrate it", e);
    }
  }

  /**
   * Nodes started together on a new database each migrate it. Flyway's own lock covers a history
   * table that already exists, so two nodes could both find none and the second then refused the
   * one the first had just made ("already exists, and is empty"). One transaction-scoped advisory
   * lock for all modules makes the others wait and then find everything applied. Transaction-scoped
   * so that it cannot outlive the migration on a pooled connection.
   */
  private static void lockAgainstOtherNodes(Connection guard) throws SQLException {
    guard.setAutoCommit(false);
    try (Statement st = guard.createStatement()) {
      st.execute("SELECT pg_advisory_xact_lock(" + MIGRATION_LOCK + ")");
    }
  }

  private static void migrateEachModule(DataSource target) {
    for (String module : modules()) {
      var result =
          Flyway.configure(Migrations.class.getClassLoader())
              .dataSource(target)
              .locations("classpath:db/migration/" + module)
              .table("schema_history_" + module)
              // Modules share one schema: a module's first run meets the others' tables and
              // no history of its own, so it starts its history below its V1 and applies all.
              .baselineOnMigrate(true)
              .baselineVersion("0")
              .load()
              .migrate();
      LOG.info(
          () ->
              "Schema of "
                  + module
                  + " at version "
                  + result.targetSchemaVersion
                  + " ("
                  + result.migrationsExecuted
                  + " migrations applied)");
    }
  }

  public boolean done() {
    return done;
  }
}
