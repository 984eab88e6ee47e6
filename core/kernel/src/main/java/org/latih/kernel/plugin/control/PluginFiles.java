package org.latih.kernel.plugin.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.latih.kernel.plugin.entity.Plugin;

/**
 * The plugin jars under {@code <data dir>/plugins}, in a folder per install scope ({@code all} or
 * {@code region-<id>}), so two regions' uploads of one id and version never share a file. Each
 * version is stored under its own name and never overwritten: a worker may still read the old one.
 */
@ApplicationScoped
public class PluginFiles {

  private static final Logger LOG = Logger.getLogger(PluginFiles.class.getName());

  @Inject
  @ConfigProperty(name = "latih.data.dir", defaultValue = "./data")
  String dataDir;

  Path folder() {
    return Path.of(dataDir).toAbsolutePath().normalize().resolve("plugins");
  }

  private Path folder(long scope) {
    return folder().resolve(scope == Plugin.ALL_REGIONS ? "all" : "region-" + scope);
  }

  /** Where an install's jar is; installs made before scopes existed kept theirs at the top. */
  public Path path(long scope, String fileName) {
    Path scoped = folder(scope).resolve(fileName);
    Path legacy = folder().resolve(fileName);
    return Files.exists(scoped) || !Files.exists(legacy) ? scoped : legacy;
  }

  public Path path(Plugin plugin) {
    return path(plugin.scope(), plugin.fileName());
  }

  /**
   * What is wrong with the install's file on disk, if anything: missing, or not what was installed.
   */
  public Optional<String> problem(Plugin plugin) {
    Path file = path(plugin);
    try {
      String found = PluginFile.sha256(Files.readAllBytes(file));
      return found.equals(plugin.checksum())
          ? Optional.empty()
          : Optional.of(
              "the file " + file.getFileName() + " changed on disk (SHA-256 " + found + ")");
    } catch (NoSuchFileException e) {
      return Optional.of("the file " + file.getFileName() + " is missing");
    } catch (IOException e) {
      return Optional.of("the file " + file.getFileName() + " cannot be read: " + e.getMessage());
    }
  }

  /** Writes the file under its own name; an identical file already there is kept as is. */
  public Path store(long scope, PluginFile file) {
    try {
      Path folder = Files.createDirectories(folder(scope));
      Path target = folder.resolve(file.fileName());
      if (!Files.exists(target)) {
        Path temp = Files.createTempFile(folder, ".upload-", ".tmp");
        Files.write(temp, file.bytes());
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void delete(long scope, String fileName) {
    try {
      Files.deleteIfExists(path(scope, fileName));
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Could not delete plugin file " + fileName, e);
    }
  }
}
