package org.latih.worker;

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

  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, "latih-heap-trim");
            thread.setDaemon(true);
            return thread;
          });
  private int busy;
  private ScheduledFuture<?> pending;

  synchronized void callStarted() {
    busy++;
    if (pending != null) {
      pending.cancel(false);
      pending = null;
    }
  }

  synchronized void callEnded() {
    busy--;
    if (busy == 0 && Runtime.getRuntime().totalMemory() > GROWN_BYTES) {
      pending = timer.schedule(this::trim, IDLE_MILLIS, TimeUnit.MILLISECONDS);
    }
  }

  private void trim() {
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
