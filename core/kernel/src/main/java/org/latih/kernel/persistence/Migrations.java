package org.latih.kernel.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date before anything else touches the database.
 *
 * <p>Each module keeps its migrations under {@code db/migration/<module>} with its own history
 * table, so modules can add versions independently without colliding in one sequence.
 */
@DataSourceDefinition(
    name = Migrations.DATA_SOURCE,
    className = "org.latih.kernel.persistence.UrlDataSource",
    url = "${MPCONFIG=latih.db.url}",
    user = "${MPCONFIG=latih.db.user}",
    password = "${MPCONFIG=latih.db.password}",
    minPoolSize = 1,
    maxPoolSize = 32,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=meta-data"
    })
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Migrations {

  public static final String DATA_SOURCE = "java:app/jdbc/latih";

  /** Modules in dependency order; a module added to the platform adds its name here. */
  static final List<String> MODULES = List.of("kernel");

  private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

  @Resource(lookup = DATA_SOURCE)
  DataSource dataSource;

  private volatile boolean done;

  @PostConstruct
  void migrate() {
    for (String module : MODULES) {
      var result =
          Flyway.configure(Migrations.class.getClassLoader())
              .dataSource(dataSource)
              .locations("classpath:db/migration/" + module)
              .table("schema_history_" + module)
              .baselineOnMigrate(false)
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
    done = true;
  }

  public boolean done() {
    return done;
  }
}
