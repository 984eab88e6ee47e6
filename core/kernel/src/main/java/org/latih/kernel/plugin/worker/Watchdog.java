package org.latih.kernel.plugin.worker;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import java.util.stream.Stream;

/**
 * Looks at one worker JVM every second and kills it when it runs more threads than allowed, or
 * keeps a thread running while no call is in flight (a plugin's own background work, or a loop left
 * running after a call timed out). One scheduler thread serves every worker.
 */
final class Watchdog implements Runnable {

  /**
   * How many looks in a row, a second apart and with no call in between, must find the worker busy
   * (a runnable thread, or CPU time at the idle limit's rate) before it is killed. Runnable is
   * checked as well as CPU time because on a loaded machine a spinning thread at the worker's lower
   * priority gets little CPU, yet is runnable at every look.
   */
  static final int IDLE_TICKS = 3;

  static final ScheduledExecutorService TICKS =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, "latih-worker-watchdog");
            thread.setDaemon(true);
            return thread;
          });

  private final ProcessHandle root;
  private final WorkerSpec spec;
  private final IntSupplier inFlight;
  private final IntSupplier callsStarted;
  private final Consumer<String> kill;
  private volatile ProcessHandle jvm;
  private long lastCpu = Long.MAX_VALUE;
  private int lastCalls = -1;
  private int busyTicks;

  Watchdog(
      ProcessHandle root,
      WorkerSpec spec,
      IntSupplier inFlight,
      IntSupplier callsStarted,
      Consumer<String> kill) {
    this.root = root;
    this.spec = spec;
    this.inFlight = inFlight;
    this.callsStarted = callsStarted;
    this.kill = kill;
  }

  ScheduledFuture<?> start() {
    return TICKS.scheduleAtFixedRate(this, 1, 1, TimeUnit.SECONDS);
  }

  /** The worker JVM's figures now; inside bubblewrap it is a descendant of the started process. */
  Optional<WorkerStats> stats() {
    ProcessHandle java = jvm();
    return java == null
        ? Optional.empty()
        : ProcStat.of(java.pid())
            .map(
                s ->
                    new WorkerStats(
                        java.pid(), Duration.ofNanos(s.cpuNanos()), s.threads(), s.rssBytes()));
  }

  @Override
  public void run() {
    ProcessHandle java = jvm();
    Optional<ProcStat> now = java == null ? Optional.empty() : ProcStat.of(java.pid());
    if (now.isEmpty()) {
      return;
    }
    ProcStat stat = now.get();
    if (stat.threads() > spec.maxThreads()) {
      kill.accept("started " + stat.threads() + " threads (at most " + spec.maxThreads() + ")");
      return;
    }
    int calls = callsStarted.getAsInt();
    boolean idle = lastCalls == calls && inFlight.getAsInt() == 0;
    if (idle
        && (stat.cpuNanos() - lastCpu > spec.idleCpuLimit().toNanos() / IDLE_TICKS
            || ProcStat.runnable(java.pid()) > 0)) {
      busyTicks++;
    } else {
      busyTicks = 0;
    }
    lastCpu = stat.cpuNanos();
    lastCalls = calls;
    if (busyTicks >= IDLE_TICKS) {
      kill.accept(
          "kept a core busy between calls (a thread ran through "
              + IDLE_TICKS
              + " looks a second apart without a call)");
    }
  }

  private ProcessHandle jvm() {
    ProcessHandle found = jvm;
    if (found == null || !found.isAlive()) {
      found =
          Stream.concat(Stream.of(root), root.descendants())
              .filter(p -> ProcStat.of(p.pid()).map(s -> s.command().equals("java")).orElse(false))
              .findFirst()
              .orElse(null);
      jvm = found;
    }
    return found;
  }
}
