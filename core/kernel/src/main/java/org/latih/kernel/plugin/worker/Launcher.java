package org.latih.kernel.plugin.worker;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Starts worker processes from one thread that lives as long as the server. bubblewrap's {@code
 * --die-with-parent} ties the sandbox to the thread that forked it, not the process: started from a
 * pooled request thread, a worker would die when that thread is retired.
 */
final class Launcher {

  private static final ExecutorService THREAD =
      Executors.newSingleThreadExecutor(
          task -> {
            Thread thread = new Thread(task, "latih-worker-launcher");
            thread.setDaemon(true);
            return thread;
          });

  private Launcher() {}

  static Process start(ProcessBuilder builder) throws IOException {
    try {
      return THREAD.submit(builder::start).get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while starting a worker", e);
    }
  }
}
