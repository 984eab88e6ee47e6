package org.latih.kernel.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.latih.kernel.rest.ServerBusyException;

/**
 * Bounds the slow password hashing. A hash is pure CPU: more of them at once than there are cores
 * only makes each slower and leaves nothing for the learners already taking an exam. So at most
 * {@code latih.security.password.concurrency} (default: the cores) run at once, a few more wait
 * briefly, and the rest of a sign-in wave is answered 503 with Retry-After at once, before any
 * database work, and comes back later.
 */
@ApplicationScoped
public class HashSlots {

  private final Semaphore running;
  private final AtomicInteger waiting = new AtomicInteger();
  private final int maxWaiting;
  private final long retryAfterSeconds;

  protected HashSlots() {
    this(1, 0, 1);
  }

  @Inject
  public HashSlots(
      @ConfigProperty(name = "latih.security.password.concurrency", defaultValue = "0")
          int concurrency,
      @ConfigProperty(name = "latih.security.password.queue", defaultValue = "0") int queue,
      @ConfigProperty(name = "latih.security.password.retry-after-seconds", defaultValue = "3")
          long retryAfterSeconds) {
    int slots = concurrency > 0 ? concurrency : Runtime.getRuntime().availableProcessors();
    this.running = new Semaphore(slots, true);
    this.maxWaiting = queue > 0 ? queue : 4 * slots;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** Sign-ins waiting for a slot now. */
  int waiting() {
    return waiting.get();
  }

  /** Runs {@code check} in a slot, or refuses with 503 when the queue for slots is full. */
  public <T> T run(Supplier<T> check) {
    if (waiting.incrementAndGet() > maxWaiting) {
      waiting.decrementAndGet();
      throw new ServerBusyException(retryAfterSeconds, "login.busy");
    }
    try {
      // a waiting sign-in holds a request thread; it never waits longer than the refused ones
      if (!running.tryAcquire(retryAfterSeconds, TimeUnit.SECONDS)) {
        throw new ServerBusyException(retryAfterSeconds, "login.busy");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ServerBusyException(retryAfterSeconds, "login.busy");
    } finally {
      waiting.decrementAndGet();
    }
    try {
      return check.get();
    } finally {
      running.release();
    }
  }
}
