package org.latih.kernel.plugin.control;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.latih.api.forms.EvaluationForms;
import org.latih.api.reports.Reports;
import org.latih.kernel.rest.InvalidInputException;
import org.pf4j.JarPluginManager;
import org.pf4j.PluginManager;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;

/**
 * The running plugins, each in a PF4J manager of its own: so a new version of a plugin can be
 * loaded and started beside the old one (PF4J allows one plugin per id in a manager), and the old
 * one unloaded only once the new one works. Files live in {@code <data dir>/plugins}, one per
 * version, never overwritten.
 */
@ApplicationScoped
public class PluginHost {

  private static final Logger LOG = Logger.getLogger(PluginHost.class.getName());

  @Inject
  @ConfigProperty(name = "latih.data.dir", defaultValue = "./data")
  String dataDir;

  @Inject PluginCalls calls;

  private final Map<String, Running> running = new ConcurrentHashMap<>();

  /** A started plugin and the manager that holds it. */
  public record Running(String id, PluginManager manager) {

    public <T> List<T> extensions(Class<T> point) {
      return manager.getExtensions(point, id);
    }

    void close() {
      try {
        manager.unloadPlugin(id);
      } catch (RuntimeException | LinkageError e) {
        LOG.log(Level.WARNING, "Plugin " + id + " did not unload cleanly", e);
      }
    }
  }

  public Path folder() {
    return Path.of(dataDir).toAbsolutePath().normalize().resolve("plugins");
  }

  /** Writes the file under its own name; an identical file already there is kept as is. */
  public Path store(PluginFile file) {
    try {
      Files.createDirectories(folder());
      Path target = folder().resolve(file.fileName());
      if (!Files.exists(target)) {
        Path temp = Files.createTempFile(folder(), ".upload-", ".tmp");
        Files.write(temp, file.bytes());
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void delete(String fileName) {
    try {
      Files.deleteIfExists(folder().resolve(fileName));
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Could not delete plugin file " + fileName, e);
    }
  }

  /**
   * Loads and starts the plugin in {@code file} without touching a running version of it; refused
   * (and unloaded) unless it starts and offers at least one extension.
   */
  public Running start(String id, Path file) {
    JarPluginManager manager = new JarPluginManager(folder());
    Running candidate = new Running(id, manager);
    try {
      String problem = calls.attempt(() -> startIn(manager, id, file));
      if (!problem.isEmpty()) {
        candidate.close();
        throw new InvalidInputException(PluginFile.FIELD, problem, id);
      }
      return candidate;
    } catch (PluginCalls.Failure e) {
      candidate.close();
      throw new InvalidInputException(PluginFile.FIELD, "plugin.startFailed", id, e.getMessage());
    }
  }

  /** Empty when started with extensions, else the message key of what is wrong. */
  private static String startIn(PluginManager manager, String id, Path file) {
    String loaded = manager.loadPlugin(file);
    if (!id.equals(loaded)) {
      return "plugin.notLoaded";
    }
    PluginWrapper plugin = manager.getPlugin(id);
    if (manager.startPlugin(id) != PluginState.STARTED) {
      Throwable why = plugin.getFailedException();
      throw new IllegalStateException(
          why == null ? "did not start" : PluginCalls.describe(why), why);
    }
    if (manager.getExtensionClasses(EvaluationForms.class, id).isEmpty()
        && manager.getExtensionClasses(Reports.class, id).isEmpty()) {
      return "plugin.noExtensions";
    }
    return "";
  }

  /** Makes {@code started} the running version of its plugin, unloading the one it replaces. */
  public void put(Running started) {
    Running old = running.put(started.id(), started);
    if (old != null && old != started) {
      old.close();
    }
  }

  public Optional<Running> running(String id) {
    return Optional.ofNullable(running.get(id));
  }

  public void unload(String id) {
    Running old = running.remove(id);
    if (old != null) {
      old.close();
    }
  }

  @PreDestroy
  void unloadAll() {
    running.keySet().forEach(this::unload);
  }
}
