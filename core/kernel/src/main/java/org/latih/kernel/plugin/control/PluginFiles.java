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
 * This node's cache of the plugin jars kept in the database ({@link PluginJars}), under {@code
 * <data dir>/plugins}, in a folder per install scope ({@code all} or {@code region-<id>}), so two
 * regions' uploads of one id and version never share a file. Each version is stored under its own
 * name and never overwritten: a worker may still read the old one. A file missing or changed on
 * disk is written again from the database: the folder can be deleted at any time.
 */
@ApplicationScoped
public class PluginFiles {

  private static final Logger LOG = Logger.getLogger(PluginFiles.class.getName());

  @Inject
  @ConfigProperty(name = "latih.data.dir", defaultValue = "./data")
  String dataDir;

  @Inject PluginJars jars;

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
   * What is wrong with the install's jar, if anything: a file missing or changed in this node's
   * cache is first written again from the database; only a jar found nowhere intact is a problem.
   */
  public Optional<String> problem(Plugin plugin) {
    Optional<String> onDisk = checked(plugin);
    if (onDisk.isEmpty()) {
      return onDisk;
    }
    Optional<byte[]> kept = jars.read(plugin.scope(), plugin.fileName());
    if (kept.isEmpty()) {
      return Optional.of(onDisk.get() + ", and the database has no copy of it");
    }
    String found = PluginFile.sha256(kept.get());
    if (!found.equals(plugin.checksum())) {
      return Optional.of("the database's copy of " + plugin.fileName() + " is damaged");
    }
    write(folder(plugin.scope()).resolve(plugin.fileName()), kept.get(), true);
    return Optional.empty();
  }

  /** What is wrong with the install's file in this node's cache, if anything. */
  Optional<String> checked(Plugin plugin) {
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

  /** The bytes of the install's file in this node's cache. */
  byte[] bytes(Plugin plugin) {
    try {
      return Files.readAllBytes(path(plugin));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the file under its own name; an identical file already there is kept as is. */
  public Path store(long scope, PluginFile file) {
    Path target = folder(scope).resolve(file.fileName());
    write(target, file.bytes(), false);
    return target;
  }

  /** Writes {@code bytes} to {@code target} in one step, so no worker ever reads half a file. */
  private static void write(Path target, byte[] bytes, boolean replace) {
    try {
      Path folder = Files.createDirectories(target.getParent());
      if (replace || !Files.exists(target)) {
        Path temp = Files.createTempFile(folder, ".upload-", ".tmp");
        Files.write(temp, bytes);
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      }
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
