package org.latih.kernel.plugin.worker;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
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
 * keeps using CPU while no call is in flight (a plugin's own background work, or a loop left
 * running after a call timed out). One scheduler thread serves every worker.
 */
final class Watchdog implements Runnable {

  /** How many idle seconds the idle-CPU limit is measured over. */
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
  private final Deque<Long> idleCpu = new ArrayDeque<>();
  private volatile ProcessHandle jvm;
  private long lastCpu = -1;
  private int lastCalls;

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
    if (lastCpu >= 0 && inFlight.getAsInt() == 0 && calls == lastCalls) {
      idleCpu.addLast(stat.cpuNanos() - lastCpu);
      if (idleCpu.size() > IDLE_TICKS) {
        idleCpu.removeFirst();
      }
      long used = idleCpu.stream().mapToLong(Long::longValue).sum();
      if (idleCpu.size() == IDLE_TICKS && used > spec.idleCpuLimit().toNanos()) {
        kill.accept(
            "kept a core busy between calls ("
                + used / 1_000_000
                + " ms of CPU in "
                + IDLE_TICKS
                + " s without a call)");
        return;
      }
    } else {
      idleCpu.clear();
    }
    lastCpu = stat.cpuNanos();
    lastCalls = calls;
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
