package org.latih.kernel.bootstrap;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.latih.kernel.cluster.control.Leases;
import org.latih.kernel.identity.user.control.Users;
import org.latih.kernel.security.control.PasswordHash;
import org.latih.kernel.security.control.Secrets;

/**
 * Makes sure a fresh installation can be administered: on first start, when no active system admin
 * exists, creates one. Its password comes from {@code latih.bootstrap.admin.password} or, when that
 * is unset, is generated and written to a {@link BootstrapPasswordFile}; it is never logged. Nodes
 * starting together on a new database: one creates the admin, under a lease; without it both logged
 * "created" (bin/cluster's first start wrote a password file on each node, one of them wrong).
 */
@Singleton
@Startup
@DependsOn("Migrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BootstrapAdmin {

  private static final Logger LOG = Logger.getLogger(BootstrapAdmin.class.getName());

  @Inject Users users;
  @Inject PasswordHash passwords;
  @Inject BootstrapPasswordFile passwordFile;
  @Inject Leases leases;

  @Inject
  @ConfigProperty(name = "latih.bootstrap.admin.username", defaultValue = "admin")
  String username;

  @Inject
  @ConfigProperty(name = "latih.bootstrap.admin.password")
  Optional<String> configuredPassword;

  @Inject
  @ConfigProperty(name = "latih.public-url", defaultValue = "http://localhost:8080/")
  String publicUrl;

  @PostConstruct
  void ensureAdmin() {
    try {
      String password = configuredPassword.filter(p -> !p.isBlank()).orElse(null);
      Path file = passwordFile.path();
      boolean generated = password == null;
      if (generated) {
        password = Secrets.newSecret().substring(0, 20);
      }
      // hashed only when the admin is created: 600,000 iterations cost every later start otherwise
      char[] chosen = password.toCharArray();
      // a generated password sits in a file: it must be replaced at first sign-in, which deletes
      // the file; a configured one is the operator's own choice
      // the lease only on a database without an admin, and short: a node that died before
      // creating one holds up the next start for a minute at most
      if (!users.hasActiveSystemAdmin()
          && leases.hold("bootstrap-admin", Duration.ofMinutes(1))
          && users.ensureSystemAdmin(username, () -> passwords.hash(chosen), generated)) {
        if (generated) {
          passwordFile.write(password);
          LOG.warning(
              () ->
                  "Created system admin '"
                      + username
                      + "'; its password is in "
                      + file
                      + " (it must be changed at the first sign-in, which deletes the file)");
        } else {
          LOG.info(() -> "Created system admin '" + username + "' with the configured password");
        }
      }
      LOG.info(
          () ->
              "Latih is running at "
                  + publicUrl
                  + " (sign in as '"
                  + username
                  + "'"
                  + (Files.exists(file) ? "; first password in " + file : "")
                  + ")");
    } catch (RuntimeException e) {
      // Another node may have created the admin at the same moment; the platform still starts.
      LOG.log(Level.WARNING, "Could not create the bootstrap admin", e);
    }
  }
}
