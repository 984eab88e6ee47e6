package org.latih.kernel.cluster.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This node: a name new at every start (a restarted node must not take its own past changes for
 * applied: it catches up on them like any other), and what the database it shares is.
 */
@ApplicationScoped
public class Node {

  private final String id = UUID.randomUUID().toString();

  @Inject
  @ConfigProperty(name = "latih.db.url", defaultValue = "")
  String dbUrl;

  @Inject
  @ConfigProperty(name = "latih.data.dir", defaultValue = "./data")
  String dataDir;

  public String id() {
    return id;
  }

  /** PostgreSQL can wake followers at once (LISTEN/NOTIFY); other databases are polled. */
  public boolean postgres() {
    return dbUrl.startsWith("jdbc:postgresql:");
  }

  /** Where this node keeps what it knows of the feed: local, like its other caches. */
  Path cursorFile() {
    return Path.of(dataDir).toAbsolutePath().normalize().resolve("cluster").resolve("applied");
  }
}
