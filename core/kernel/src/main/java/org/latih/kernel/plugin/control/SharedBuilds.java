package org.latih.kernel.plugin.control;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Identical report views share builds, and views of one region and scope share the reading of its
 * outcome data. A view that comes while the same thing is being built waits for that build to end
 * and then shares the next one, with every view that came meanwhile: never a build that began
 * before it came, so a view always sees what was saved before it was asked for. Forty evaluators
 * opening one whole-region report at once so cost two builds, not forty.
 *
 * @param <K> what makes two views identical
 * @param <V> what a build gives
 */
public final class SharedBuilds<K, V> {

  /**
   * One build and the views waiting for it; {@code started} once it no longer takes views in, and
   * {@code needs} what they all need of it until then.
   */
  private static final class Round<V> {
    final CompletableFuture<V> done = new CompletableFuture<>();
    final CompletableFuture<V> previous;
    boolean started;
    Object needs;

    Round(CompletableFuture<V> previous, Object needs) {
      this.previous = previous;
      this.needs = needs;
    }
  }

  private final Map<K, Round<V>> latest = new HashMap<>();

  /** {@code build}'s result, from this view's own build or a round it joined. */
  public V get(K key, Supplier<V> build) {
    return get(key, null, (a, b) -> null, needs -> build.get());
  }

  /**
   * As {@link #get(Object, Supplier)}, for views that need different things of one build: a round
   * builds for what all its views need ({@code needs} of each, joined by {@code join}), so views of
   * different reports over one region share its reading.
   */
  @SuppressWarnings("unchecked") // a key's rounds hold the needs of the views given that key
  public <N> V get(K key, N needs, BinaryOperator<N> join, Function<N, V> build) {
    Round<V> round;
    boolean lead;
    synchronized (latest) {
      Round<V> last = latest.get(key);
      lead = last == null || last.started;
      round = lead ? new Round<>(last == null ? null : last.done, needs) : last;
      if (lead) {
        latest.put(key, round);
      } else {
        round.needs = join.apply((N) round.needs, needs);
      }
    }
    if (lead) {
      lead(key, round, () -> build.apply((N) round.needs));
    }
    try {
      return round.done.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }

  private void lead(K key, Round<V> round, Supplier<V> build) {
    if (round.previous != null) {
      round.previous.exceptionally(e -> null).join(); // its outcome is its own views' concern
    }
    synchronized (latest) {
      round.started = true; // its needs are settled from here on
    }
    try {
      round.done.complete(build.get());
    } catch (RuntimeException | Error e) { // the views waiting get it too, never a hang
      round.done.completeExceptionally(e);
    } finally {
      synchronized (latest) {
        latest.remove(key, round);
      }
    }
  }
}
