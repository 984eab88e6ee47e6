package org.latih.worker;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Gives memory back to the machine when a worker falls idle after a large call. A report over a
 * whole region grows the heap to several times its first size, and the serial collector keeps what
 * it committed until a full collection shrinks it; five regions' workers each holding that while
 * idle would cost the server much of its memory. So, once no call has run for {@link #IDLE_MILLIS},
 * full collections run if the heap has grown past {@link #GROWN_BYTES} — after the answer has gone
 * and never while a call is in flight, so no caller waits for it. The threshold is just above the
 * heap a worker starts with (-Xms8m): a heap grown to just under it by a report is never trimmed.
 * With 48 MB (and -Xms16m), such workers stayed at 72-92 MiB instead of about 60; with 24 MB, once
 * a call's columns were kept as they travel (IntColumn), at 64-70 MiB instead of 61-66
 * (bench/plugin-workers latency).
 *
 * <p>While calls run, the heap grows freely and never shrinks: the collector's free ratios, which
 * the JVM lets a running program change, are set to keep at least {@link #GROWING_MIN_FREE} % of
 * the heap free after a full collection and to give nothing back, and only a trim sets them back to
 * the tight ones the worker starts with (Sandbox: 20 and 40 %). With the tight ratios throughout, a
 * whole-region call grew the heap a few megabytes at a time, and JDK 17's serial collector follows
 * every growth of the old generation with a full collection: on average 3.4 full and 11.6 young
 * ones a call. Growing within the call cut the p95 overhead of a whole-region report by a fifth to
 * two fifths (bench/plugin-workers latency), and the trim still takes an idle worker back to its
 * size.
 *
 * <p>Between the two, right after a large call's answer has gone, one full collection empties the
 * old generation of that call's garbage without giving anything back ({@link #collect}).
 */
final class HeapTrim {

  /**
   * Half a second: the host takes longer than that to read a whole region's data for the next
   * report, so the worker that built the last one is trimmed while the next is still being read.
   * With 2 s it was still large then. (bench/plugin-workers server measured this together with the
   * host holding each string of a region's data once: the server and five workers peaked at
   * 1,001-1,011 MiB instead of 1,052.)
   */
  static final long IDLE_MILLIS = 500;

  static final long GROWN_BYTES = 10L << 20;
  private static final int MAX_COLLECTIONS = 8;

  /**
   * What a full collection leaves free while calls run. 60: the heap, once grown for a call, takes
   * the next whole-region call of a burst without growing again; 80 made the worker 105-158 MiB
   * right after a call instead of 69-113, for no lower latency (bench/plugin-workers latency).
   */
  static final int GROWING_MIN_FREE = 60;

  private static final HotSpotDiagnosticMXBean VM =
      ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);

  /** The old generation: the serial collector's "Tenured Gen" (G1's "G1 Old Gen" in tests). */
  private static final MemoryPoolMXBean OLD =
      ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(pool -> pool.getType() == MemoryType.HEAP)
          .filter(pool -> pool.getName().matches(".*(Tenured|Old).*"))
          .findFirst()
          .orElse(null);

  /** The ratios the worker was started with (Sandbox), which a trim sets back. */
  private static final String IDLE_MIN_FREE = VM.getVMOption("MinHeapFreeRatio").getValue();

  private static final String IDLE_MAX_FREE = VM.getVMOption("MaxHeapFreeRatio").getValue();

  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, "latih-heap-trim");
            thread.setDaemon(true);
            return thread;
          });
  private int busy;
  private boolean growing;
  private ScheduledFuture<?> pending;

  synchronized void callStarted() {
    busy++;
    if (!growing) {
      // the maximum first: the JVM refuses a minimum above it
      VM.setVMOption("MaxHeapFreeRatio", "100");
      VM.setVMOption("MinHeapFreeRatio", String.valueOf(GROWING_MIN_FREE));
      growing = true;
    }
    if (pending != null) {
      pending.cancel(false);
      pending = null;
    }
  }

  synchronized void callEnded() {
    busy--;
    if (busy == 0 && Runtime.getRuntime().totalMemory() > GROWN_BYTES) {
      if (oldGenerationFilled()) {
        timer.execute(this::collect);
      }
      pending = timer.schedule(this::trim, IDLE_MILLIS, TimeUnit.MILLISECONDS);
    }
  }

  /**
   * Whether the old generation holds enough of the last call's garbage to fill up during the next
   * one: a quarter of its room. A small call's end leaves it nearly as it was, and is not worth a
   * collection.
   */
  private static boolean oldGenerationFilled() {
    MemoryUsage usage = OLD == null ? null : OLD.getUsage();
    return usage != null && usage.getUsed() * 4 > usage.getCommitted();
  }

  /**
   * The last call's garbage collected while no call waits for it, the heap kept as large as it
   * grew. A whole-region call keeps its request's rows through several young collections, so they
   * reach the old generation; with the previous call's left there, the old generation filled during
   * a call and a full collection (15-30 ms) stopped it about every other call. Collected after the
   * answer has gone, the old generation starts each call empty: the p95 overhead of a whole-region
   * report over in process fell from 38-63 to 24-47 ms (bench/plugin-workers latency).
   */
  private void collect() {
    if (idle()) {
      System.gc();
    }
  }

  /** Gives the heap back unless a call runs: the timer's task, run {@link #IDLE_MILLIS} late. */
  void trim() {
    synchronized (this) {
      if (busy > 0) {
        return;
      }
      VM.setVMOption("MinHeapFreeRatio", IDLE_MIN_FREE);
      VM.setVMOption("MaxHeapFreeRatio", IDLE_MAX_FREE);
      growing = false;
    }
    // The serial collector gives back nothing at the first full collection and then a larger
    // share of the free heap each time (-XX:MaxHeapFreeRatio sets what it keeps): about four
    // collections of a small live heap, a few milliseconds each, bring it back to its start.
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < MAX_COLLECTIONS && runtime.totalMemory() > GROWN_BYTES && idle(); i++) {
      System.gc();
    }
  }

  /** Whether no call has started since: a call that has is not kept waiting for the rest. */
  private synchronized boolean idle() {
    return busy == 0;
  }
}
