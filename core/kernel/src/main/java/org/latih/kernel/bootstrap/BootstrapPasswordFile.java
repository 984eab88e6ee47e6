package org.latih.kernel.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.latih.kernel.identity.user.control.PasswordChanged;

/**
 * The file holding the bootstrap admin's generated password. It lives only until that password is
 * replaced: once the admin's password is changed (by themselves at first sign-in, or by another
 * system admin) the file is deleted, so a copy of the data directory no longer holds a key.
 */
@ApplicationScoped
public class BootstrapPasswordFile {

  static final String NAME = "bootstrap-admin-password.txt";
  private static final Logger LOG = Logger.getLogger(BootstrapPasswordFile.class.getName());

  @Inject
  @ConfigProperty(name = "latih.bootstrap.admin.username", defaultValue = "admin")
  String username;

  @Inject
  @ConfigProperty(name = "latih.data.dir", defaultValue = "./data")
  String dataDir;

  Path path() {
    return Path.of(dataDir).toAbsolutePath().normalize().resolve(NAME);
  }

  /** Writes the password readable by the server's user only. */
  void write(String password) {
    Path file = path();
    try {
      Files.createDirectories(file.getParent());
      Files.deleteIfExists(file);
      try {
        Files.createFile(
            file,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } catch (UnsupportedOperationException e) {
        Files.createFile(file);
      }
      Files.writeString(file, password + System.lineSeparator());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void passwordChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) PasswordChanged changed) {
    if (!username.equals(changed.username())) {
      return;
    }
    try {
      if (Files.deleteIfExists(path())) {
        LOG.info(() -> "The bootstrap admin's password was changed; deleted " + path());
      }
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Could not delete " + path() + "; delete it by hand", e);
    }
  }
}
