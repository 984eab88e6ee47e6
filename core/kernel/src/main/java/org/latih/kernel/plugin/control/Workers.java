package org.latih.kernel.plugin.control;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.latih.kernel.plugin.entity.Plugin;
import org.latih.kernel.plugin.worker.Sandbox;
import org.latih.kernel.plugin.worker.WorkerFault;
import org.latih.kernel.plugin.worker.WorkerProcess;
import org.latih.kernel.plugin.worker.WorkerSpec;

/**
 * The running plugin workers, one per install (so one region's plugin can only ever take down its
 * own worker). A worker starts when its install is first used and is replaced when the install is
 * upgraded or enabled again. What its watchdog finds (too many threads, a core kept busy between
 * calls) is only noted here, on the watchdog's thread; {@link #takeFault} hands it to a container
 * thread that records it.
 */
@ApplicationScoped
public class Workers {

  private static final Logger LOG = Logger.getLogger(Workers.class.getName());

  @Inject
  @ConfigProperty(name = "latih.plugin.worker-lib")
  Optional<String> workerLib;

  @Inject
  @ConfigProperty(name = "latih.plugin.worker-heap-mib", defaultValue = "256")
  int heapMib;

  @Inject
  @ConfigProperty(name = "latih.plugin.sandbox", defaultValue = "AUTO")
  String sandbox;

  @Inject
  @ConfigProperty(name = "latih.plugin.worker-idle-minutes", defaultValue = "10")
  long idleMinutes;

  @Inject ServletContext servlet;
  @Inject PluginFiles files;

  private final Map<Long, WorkerProcess> running = new ConcurrentHashMap<>();

  /** The checksum of the version each running worker runs: another node may have upgraded it. */
  private final Map<Long, String> versions = new ConcurrentHashMap<>();

  private final Map<Long, String> faults = new ConcurrentHashMap<>();
  private final Map<Long, Object> locks = new ConcurrentHashMap<>();
  private final Map<Long, Long> lastUsed = new ConcurrentHashMap<>();

  /** Candidates not yet put, weakly: one that is closed instead is simply forgotten. */
  private final Map<WorkerProcess, Owner> owners = Collections.synchronizedMap(new WeakHashMap<>());

  private volatile WorkerSpec spec;

  /**
   * Starts a worker for {@code jar} that is not yet any install's: for an upload, to validate it
   * and read its definitions before anything is recorded.
   */
  public WorkerProcess candidate(Path jar, String pluginId) {
    // its faults count once it is an install's worker (put): the key is known only then, and a
    // fault found before that is held until then
    Owner owner = new Owner();
    WorkerProcess worker = launch(jar, pluginId, owner::fault);
    owners.put(worker, owner);
    return worker;
  }

  /** Which install a candidate worker became, and a fault it had before it became one. */
  private final class Owner {
    private Long key;
    private String early;

    synchronized void fault(String why) {
      if (key == null) {
        early = why;
      } else {
        noteFault(key, why);
      }
    }

    synchronized void becomes(Long install) {
      key = install;
      if (early != null) {
        noteFault(install, early);
      }
    }
  }

  /**
   * The install's worker, started now if it has none, its last one died, or it runs another version
   * than the one installed (upgraded through another node).
   */
  public WorkerProcess of(Plugin plugin) {
    Long key = plugin.key();
    lastUsed.put(key, System.nanoTime());
    synchronized (lock(key)) {
      WorkerProcess worker = running.get(key);
      if (worker != null && worker.alive() && plugin.checksum().equals(versions.get(key))) {
        return worker;
      }
      stop(key);
      files
          .problem(plugin)
          .ifPresent(
              why -> {
                throw new WorkerFault(why);
              });
      WorkerProcess started = launch(files.path(plugin), plugin.id(), why -> noteFault(key, why));
      running.put(key, started);
      versions.put(key, plugin.checksum());
      return started;
    }
  }

  /**
   * A worker that could not even be launched (bubblewrap or java missing, no processes left) is the
   * host's fault: 503, no plugin blamed.
   */
  private WorkerProcess launch(Path jar, String pluginId, Consumer<String> onFault) {
    try {
      return WorkerProcess.start(spec(), jar, pluginId, onFault);
    } catch (UncheckedIOException e) {
      LOG.log(Level.SEVERE, "Cannot launch a plugin worker", e);
      throw new WorkerUnavailableException(e.getCause().getMessage());
    }
  }

  /** Makes {@code worker} (running version {@code checksum}) the install's worker. */
  public void put(Long key, String checksum, WorkerProcess worker) {
    versions.put(key, checksum);
    lastUsed.put(key, System.nanoTime()); // just started: not idle
    Owner owner = owners.remove(worker);
    if (owner != null) {
      owner.becomes(key);
    }
    WorkerProcess old = running.put(key, worker);
    if (old != null && old != worker) {
      old.close();
    }
  }

  /**
   * Stops the install's worker unless it runs {@code plugin}'s installed version and the install
   * serves: what another node changed takes effect here (null: uninstalled).
   */
  public void follow(Long key, Plugin plugin) {
    synchronized (lock(key)) {
      boolean current =
          plugin != null && plugin.serving() && plugin.checksum().equals(versions.get(key));
      if (!current) {
        stop(key);
      }
    }
  }

  public void stop(Long key) {
    versions.remove(key);
    WorkerProcess old = running.remove(key);
    if (old != null) {
      old.close();
    }
  }

  /**
   * Stops the workers nobody used for {@code latih.plugin.worker-idle-minutes}: a region's plugin
   * that is asked for a report once a week holds no memory in between (a worker starts again in
   * about 0.3 s).
   */
  public void stopIdle() {
    long now = System.nanoTime();
    long idle = TimeUnit.MINUTES.toNanos(idleMinutes);
    for (Long key : running.keySet()) {
      Long used = lastUsed.get(key);
      if (used == null || now - used > idle) {
        synchronized (lock(key)) {
          Long again = lastUsed.get(key);
          if (again == null || now - again > idle) {
            stop(key);
          }
        }
      }
    }
  }

  /** A fault the watchdog found in the install's worker since it was last asked, if any. */
  public Optional<String> takeFault(Long key) {
    return Optional.ofNullable(faults.remove(key));
  }

  /** Every install with a fault noted by a watchdog, for the supervisor to record. */
  public Map<Long, String> takeFaults() {
    Map<Long, String> taken = Map.copyOf(faults);
    taken.keySet().forEach(faults::remove);
    return taken;
  }

  private void noteFault(Long key, String why) {
    LOG.warning(() -> "Plugin worker of install " + key + " stopped: " + why);
    faults.put(key, why);
  }

  private Object lock(Long key) {
    return locks.computeIfAbsent(key, k -> new Object());
  }

  private WorkerSpec spec() {
    WorkerSpec current = spec;
    if (current == null) {
      Path lib =
          Path.of(workerLib.orElseGet(() -> servlet.getRealPath("/WEB-INF/worker")))
              .toAbsolutePath();
      WorkerSpec defaults = WorkerSpec.defaults(lib);
      current =
          new WorkerSpec(
                  defaults.java(),
                  lib,
                  heapMib,
                  defaults.callThreads(),
                  defaults.maxAnswerBytes(),
                  defaults.startTimeout(),
                  defaults.sandbox(),
                  defaults.maxThreads(),
                  defaults.idleCpuLimit())
              .withSandbox(Sandbox.Mode.valueOf(sandbox.trim().toUpperCase(Locale.ROOT)));
      spec = current;
    }
    return current;
  }

  @PreDestroy
  void stopAll() {
    running.keySet().forEach(this::stop);
  }
}
