package org.latih.kernel.web;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many API requests the server works on at once, and whether it takes new ones at all.
 *
 * <p>Up to {@code limit} requests are in progress; up to {@code queue} more wait at most {@code
 * wait} for a place; any request past that is refused at once. Overload so ends in a quick answer
 * the client can retry, instead of threads piling up behind the database pool until Grizzly's queue
 * overflows and drops connections. Once {@link #stop()} is called every new request is refused, and
 * {@link #awaitIdle} lets the ones in progress finish.
 *
 * <p>Requests that can be put off ({@link #enterDeferrable()}: answer saves, which the test page
 * keeps and sends again) hold at most {@code deferrableLimit} of the places and wait in a queue of
 * their own, half as long as the other one, so the other requests always find places and room to
 * wait, and the threads waiting stay within one and a half queues. On exam morning the learners not
 * yet in the exam so get their questions while those already in are answering.
 */
public final class ApiAdmission {

  /** What happens to one request. */
  public enum Verdict {
    ADMITTED,
    OVERLOADED,
    STOPPING
  }

  private final int limit;
  private final int queue;
  private final Duration wait;
  private final Semaphore places;
  private final AtomicInteger waiting = new AtomicInteger();
  private final Semaphore deferrablePlaces;
  private final AtomicInteger waitingDeferrable = new AtomicInteger();
  private volatile boolean stopping;

  public ApiAdmission(int limit, int queue, Duration wait, int deferrableLimit) {
    if (limit < 1 || queue < 0 || wait.isNegative() || deferrableLimit < 1) {
      throw new IllegalArgumentException(
          "need limit >= 1, queue >= 0, wait >= 0, deferrable limit >= 1; got "
              + limit
              + ", "
              + queue
              + ", "
              + wait
              + ", "
              + deferrableLimit);
    }
    this.limit = limit;
    this.queue = queue;
    this.wait = wait;
    this.places = new Semaphore(limit);
    this.deferrablePlaces = new Semaphore(Math.min(deferrableLimit, limit));
  }

  /** Takes a place for one request; an admitted request must {@link #leave()} when done. */
  public Verdict enter() throws InterruptedException {
    if (stopping) {
      return Verdict.STOPPING;
    }
    return take(places, waiting, queue) ? admittedUnlessStopping() : refused();
  }

  /**
   * Takes a place for a request that can be put off; an admitted one must {@link
   * #leaveDeferrable()} when done.
   */
  public Verdict enterDeferrable() throws InterruptedException {
    if (stopping) {
      return Verdict.STOPPING;
    }
    if (!take(deferrablePlaces, waitingDeferrable, queue / 2)) {
      return refused();
    }
    if (!take(places, waiting, queue)) {
      deferrablePlaces.release();
      return refused();
    }
    Verdict verdict = admittedUnlessStopping();
    if (verdict != Verdict.ADMITTED) {
      deferrablePlaces.release();
    }
    return verdict;
  }

  /** A place at once, or after waiting at most {@code wait} in a queue of {@code bound}. */
  private boolean take(Semaphore from, AtomicInteger waitingFor, int bound)
      throws InterruptedException {
    if (from.tryAcquire()) {
      return true;
    }
    if (waitingFor.incrementAndGet() > bound) {
      waitingFor.decrementAndGet();
      return false;
    }
    try {
      return from.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS);
    } finally {
      waitingFor.decrementAndGet();
    }
  }

  public void leave() {
    places.release();
  }

  public void leaveDeferrable() {
    places.release();
    deferrablePlaces.release();
  }

  /** From now on every new request is refused with {@link Verdict#STOPPING}. */
  public void stop() {
    stopping = true;
  }

  public int inProgress() {
    return limit - places.availablePermits();
  }

  /**
   * After {@link #stop()}: waits until no request is in progress, or {@code limit} passed; true
   * when none is left.
   */
  public boolean awaitIdle(Duration limit) throws InterruptedException {
    // taking every place waits for each request in progress to give its own back
    return places.tryAcquire(this.limit, limit.toNanos(), TimeUnit.NANOSECONDS);
  }

  // a request that got its place just as the server began to stop gives it back
  private Verdict admittedUnlessStopping() {
    if (stopping) {
      leave();
      return Verdict.STOPPING;
    }
    return Verdict.ADMITTED;
  }

  private Verdict refused() {
    return stopping ? Verdict.STOPPING : Verdict.OVERLOADED;
  }
}
