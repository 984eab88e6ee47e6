package org.latih.kernel.bootstrap;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.latih.kernel.identity.user.control.Users;
import org.latih.kernel.security.control.PasswordHash;
import org.latih.kernel.security.control.Secrets;

/**
 * Makes sure a fresh installation can be administered: on first start, when no active system admin
 * exists, creates one. Its password comes from {@code latih.bootstrap.admin.password} or, when that
 * is unset, is generated and written to a file readable only by the server's user in the data
 * directory; it is never logged.
 */
@Singleton
@Startup
@DependsOn("Migrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BootstrapAdmin {

  static final String PASSWORD_FILE = "bootstrap-admin-password.txt";
  private static final Logger LOG = Logger.getLogger(BootstrapAdmin.class.getName());

  @Inject Users users;
  @Inject PasswordHash passwords;

  @Inject
  @ConfigProperty(name = "latih.bootstrap.admin.username", defaultValue = "admin")
  String username;

  @Inject
  @ConfigProperty(name = "latih.bootstrap.admin.password")
  Optional<String> configuredPassword;

  @Inject
  @ConfigProperty(name = "latih.data.dir", defaultValue = "./data")
  String dataDir;

  @Inject
  @ConfigProperty(name = "latih.public-url", defaultValue = "http://localhost:8080/")
  String publicUrl;

  @PostConstruct
  void ensureAdmin() {
    try {
      String password = configuredPassword.filter(p -> !p.isBlank()).orElse(null);
      Path file = Path.of(dataDir).toAbsolutePath().normalize().resolve(PASSWORD_FILE);
      boolean generated = password == null;
      if (generated) {
        password = Secrets.newSecret().substring(0, 20);
      }
      // hashed only when the admin is created: 600,000 iterations cost every later start otherwise
      char[] chosen = password.toCharArray();
      if (users.ensureSystemAdmin(username, () -> passwords.hash(chosen))) {
        if (generated) {
          writeOwnerOnly(file, password + System.lineSeparator());
          LOG.warning(
              () ->
                  "Created system admin '"
                      + username
                      + "'; its password is in "
                      + file
                      + " (delete the file after signing in and changing the password)");
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
    } catch (RuntimeException | IOException e) {
      // Another node may have created the admin at the same moment; the platform still starts.
      LOG.log(Level.WARNING, "Could not create the bootstrap admin", e);
    }
  }

  private static void writeOwnerOnly(Path file, String content) throws IOException {
    Files.createDirectories(file.getParent());
    Files.deleteIfExists(file);
    try {
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException e) {
      Files.createFile(file);
    }
    Files.writeString(file, content);
  }
}
