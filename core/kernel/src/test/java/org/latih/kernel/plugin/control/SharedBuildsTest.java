package org.latih.kernel.plugin.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SharedBuildsTest {

  private final SharedBuilds<String, String> builds = new SharedBuilds<>();
  private final ExecutorService viewers = Executors.newCachedThreadPool();
  private final CountDownLatch firstStarted = new CountDownLatch(1);
  private final CountDownLatch releaseFirst = new CountDownLatch(1);

  @AfterEach
  void stop() {
    viewers.shutdownNow();
  }

  /** A build of "kupang" that runs until {@link #releaseFirst}, answering "read before". */
  private Future<String> slowFirstView() throws InterruptedException {
    Future<String> first =
        viewers.submit(
            () ->
                builds.get(
                    "kupang",
                    () -> {
                      firstStarted.countDown();
                      await(releaseFirst);
                      return "read before";
                    }));
    firstStarted.await();
    return first;
  }

  @Test
  void viewsThatComeDuringABuildShareTheNextOneNeverTheRunningOne() throws Exception {
    Future<String> first = slowFirstView();
    AtomicInteger laterBuilds = new AtomicInteger();
    Supplier<String> later =
        () -> {
          laterBuilds.incrementAndGet();
          return "read after";
        };
    AtomicReferenceArray<Thread> waiting = new AtomicReferenceArray<>(3);
    Future<?>[] views = new Future<?>[3];
    for (int i = 0; i < 3; i++) {
      int n = i;
      views[i] =
          viewers.submit(
              () -> {
                waiting.set(n, Thread.currentThread());
                return builds.get("kupang", later);
              });
    }
    awaitWaiting(waiting);
    releaseFirst.countDown();

    assertEquals("read before", first.get());
    for (Future<?> view : views) {
      assertEquals("read after", view.get());
    }
    assertEquals(1, laterBuilds.get(), "the three later views shared one build");
  }

  @Test
  void aFailedBuildFailsEveryViewThatSharedItAndTheNextViewBuildsAgain() throws Exception {
    Future<String> first = slowFirstView();
    IllegalStateException broken = new IllegalStateException("plugin failed");
    AtomicInteger failedBuilds = new AtomicInteger();
    Supplier<String> failing =
        () -> {
          failedBuilds.incrementAndGet();
          throw broken;
        };
    AtomicReferenceArray<Thread> waiting = new AtomicReferenceArray<>(2);
    Future<?>[] views = new Future<?>[2];
    for (int i = 0; i < 2; i++) {
      int n = i;
      views[i] =
          viewers.submit(
              () -> {
                waiting.set(n, Thread.currentThread());
                return builds.get("kupang", failing);
              });
    }
    awaitWaiting(waiting);
    releaseFirst.countDown();
    first.get();

    for (Future<?> view : views) {
      ExecutionException e = assertThrows(ExecutionException.class, view::get);
      assertSame(broken, e.getCause());
    }
    assertEquals(1, failedBuilds.get());
    assertEquals("built again", builds.get("kupang", () -> "built again"));
  }

  @Test
  void anotherReportIsNeverHeldUpByARunningBuild() throws Exception {
    Future<String> first = slowFirstView();
    assertTimeoutPreemptively(
        Duration.ofSeconds(10), () -> assertEquals("solok", builds.get("solok", () -> "solok")));
    releaseFirst.countDown();
    assertEquals("read before", first.get());
  }

  /** Until every thread has come and waits (for the running build, or for its round). */
  private static void awaitWaiting(AtomicReferenceArray<Thread> threads) {
    assertTimeoutPreemptively(
        Duration.ofSeconds(10),
        () -> {
          for (int i = 0; i < threads.length(); i++) {
            while (threads.get(i) == null || threads.get(i).getState() != Thread.State.WAITING) {
              Thread.onSpinWait();
            }
          }
        });
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
