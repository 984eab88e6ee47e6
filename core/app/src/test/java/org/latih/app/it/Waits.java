package org.latih.app.it;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waiting for the server to reach a state it cannot announce (an index rebuilt, an attempt closed
 * by its deadline): read, and read again a moment later, until the state is there or the limit
 * passes. Tests assert on what this returns, so a slow machine only waits longer.
 */
final class Waits {

  private static final Duration POLL = Duration.ofMillis(100);

  private Waits() {}

  /** The first value read that is {@code done}, or the last one read when {@code limit} passed. */
  static <T> T until(Supplier<T> read, Predicate<T> done, Duration limit)
      throws InterruptedException {
    Instant giveUp = Instant.now().plus(limit);
    T value = read.get();
    while (!done.test(value) && Instant.now().isBefore(giveUp)) {
      Thread.sleep(POLL.toMillis());
      value = read.get();
    }
    return value;
  }
}
