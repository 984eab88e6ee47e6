package org.latih.kernel.plugin.worker;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How plugin workers are started and what they may use.
 *
 * @param java the java executable the worker runs on
 * @param workerLib the folder holding the worker's class path (the WAR's {@code WEB-INF/worker})
 * @param heapMiB the worker's heap limit
 * @param callThreads how many calls one worker runs at once; more wait for a slot
 * @param maxAnswerBytes the longest answer line read; a longer one kills the worker
 * @param startTimeout how long a worker may take to load its plugin and answer its ready line
 * @param sandbox whether the worker runs in bubblewrap
 * @param maxThreads the most threads the worker JVM may run before it is killed
 * @param idleCpuLimit the CPU time a worker may use over {@link Watchdog#IDLE_TICKS} seconds
 *     without a call in flight before it is killed
 */
public record WorkerSpec(
    Path java,
    Path workerLib,
    int heapMiB,
    int callThreads,
    long maxAnswerBytes,
    Duration startTimeout,
    Sandbox.Mode sandbox,
    int maxThreads,
    Duration idleCpuLimit) {

  public WorkerSpec {
    if (heapMiB < 16 || callThreads < 1 || maxAnswerBytes < 1024 || maxThreads < 16) {
      throw new IllegalArgumentException(
          "worker limits too small: heap "
              + heapMiB
              + " MiB, "
              + callThreads
              + " call threads, "
              + maxAnswerBytes
              + " answer bytes, "
              + maxThreads
              + " threads");
    }
  }

  /**
   * The defaults: 256 MiB heap at most, 2 call threads, 8 MiB answers, 15 s to start, 64 threads.
   */
  public static WorkerSpec defaults(Path workerLib) {
    return new WorkerSpec(
        Path.of(System.getProperty("java.home"), "bin", "java"),
        workerLib,
        256,
        2,
        8L << 20,
        Duration.ofSeconds(15),
        Sandbox.Mode.AUTO,
        64,
        Duration.ofMillis(1500));
  }

  public WorkerSpec withSandbox(Sandbox.Mode mode) {
    return new WorkerSpec(
        java,
        workerLib,
        heapMiB,
        callThreads,
        maxAnswerBytes,
        startTimeout,
        mode,
        maxThreads,
        idleCpuLimit);
  }

  public WorkerSpec withStartTimeout(Duration timeout) {
    return new WorkerSpec(
        java,
        workerLib,
        heapMiB,
        callThreads,
        maxAnswerBytes,
        timeout,
        sandbox,
        maxThreads,
        idleCpuLimit);
  }
}
