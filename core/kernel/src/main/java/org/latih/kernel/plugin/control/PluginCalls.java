package org.latih.kernel.plugin.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.ToIntFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.latih.kernel.persistence.StatementCounter;

/**
 * Every call into plugin code goes through here: on a small pool of its own threads, with a time
 * limit, catching anything it throws (errors included) and refusing oversized answers. A failure is
 * reported to the failure listener (which marks the plugin failed) and surfaces as {@link
 * PluginFailedException}; the request thread, and so the server, is never held hostage. The time
 * limit counts from when a pool thread takes the call; a call that finds no free thread is turned
 * away as {@link PluginsBusyException}, blaming no plugin.
 */
@ApplicationScoped
public class PluginCalls {

  private static final Logger LOG = Logger.getLogger(PluginCalls.class.getName());
  static final int THREADS = 8;
  static final int QUEUE = 32;

  @Inject
  @ConfigProperty(name = "latih.plugin.call-timeout-ms", defaultValue = "5000")
  long timeoutMs;

  @Inject PluginFailures failures;

  private BiConsumer<String, String> onFailure;
  private ThreadPoolExecutor executor;

  protected PluginCalls() {}

  /** Outside CDI (tests): the time limit and what to do with a failed plugin's id and error. */
  PluginCalls(long timeoutMs, BiConsumer<String, String> onFailure) {
    this.timeoutMs = timeoutMs;
    this.onFailure = onFailure;
    start();
  }

  @PostConstruct
  void start() {
    if (onFailure == null) {
      onFailure = (id, error) -> failures.record(id, error);
    }
    AtomicInteger count = new AtomicInteger();
    executor =
        new ThreadPoolExecutor(
            THREADS,
            THREADS,
            30,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(QUEUE),
            task -> {
              Thread thread = new Thread(task, "latih-plugin-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    executor.allowCoreThreadTimeOut(true);
  }

  @PreDestroy
  void stop() {
    executor.shutdownNow();
  }

  /**
   * Runs {@code call} in plugin {@code pluginId}; an answer whose {@code size} exceeds {@code
   * maxSize} counts as a failure.
   */
  public <T> T call(String pluginId, Callable<T> call, ToIntFunction<? super T> size, int maxSize) {
    try {
      return run(call, size, maxSize);
    } catch (Failure e) {
      LOG.warning(() -> "Plugin " + pluginId + " failed: " + e.getMessage());
      LOG.log(Level.FINE, "Plugin " + pluginId + " failure", e.getCause());
      onFailure.accept(pluginId, e.getMessage());
      throw new PluginFailedException(pluginId, e.getMessage());
    }
  }

  /** Runs plugin code without blaming an installed plugin: for starting a new upload. */
  public <T> T attempt(Callable<T> call) throws Failure {
    return run(call, t -> 0, 0);
  }

  private <T> T run(Callable<T> call, ToIntFunction<? super T> size, int maxSize) throws Failure {
    Callable<T> counted = StatementCounter.forCaller(call);
    CountDownLatch started = new CountDownLatch(1);
    Future<T> future;
    try {
      future =
          executor.submit(
              () -> {
                started.countDown();
                return counted.call();
              });
    } catch (RejectedExecutionException e) {
      throw new PluginsBusyException();
    }
    awaitThread(future, started);
    T result;
    try {
      result = future.get(timeoutMs, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new Failure("no answer within " + timeoutMs + " ms", e);
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new Failure("interrupted while waiting for the plugin", e);
    } catch (ExecutionException e) {
      throw new Failure(describe(e.getCause()), e.getCause());
    } catch (Throwable e) { // CancellationException and anything else future.get may surprise with
      throw new Failure(describe(e), e);
    }
    if (result == null) {
      throw new Failure("answered nothing (null)", null);
    }
    int n;
    try {
      n = size.applyAsInt(result);
    } catch (RuntimeException | LinkageError e) {
      throw new Failure(describe(e), e);
    }
    if (maxSize > 0 && n > maxSize) {
      throw new Failure("answered " + n + " items; at most " + maxSize + " are accepted", null);
    }
    return result;
  }

  /**
   * Waits for a pool thread to take the call: the time limit is the plugin's own and starts only
   * then, not while the call queues behind others. A call no thread took within the limit never
   * ran, so it is withdrawn and no plugin is blamed.
   */
  private void awaitThread(Future<?> future, CountDownLatch started) throws Failure {
    try {
      if (started.await(timeoutMs, TimeUnit.MILLISECONDS)) {
        return;
      }
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new Failure("interrupted while waiting for the plugin", e);
    }
    future.cancel(true);
    throw new PluginsBusyException();
  }

  /** "java.lang.IllegalStateException: the message", as an admin sees it. */
  static String describe(Throwable t) {
    if (t == null) {
      return "unknown error";
    }
    String message = t.getMessage();
    if (message == null || message.isBlank()) {
      StackTraceElement[] trace = t.getStackTrace();
      return t.getClass().getName() + (trace.length == 0 ? "" : " at " + trace[0]);
    }
    return t.getClass().getName() + ": " + message;
  }

  /** A plugin call that did not give a usable answer; the message says why. */
  public static final class Failure extends Exception {
    Failure(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
