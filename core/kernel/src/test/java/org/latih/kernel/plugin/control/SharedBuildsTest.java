package org.latih.kernel.plugin.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
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
    List<Future<String>> views = viewsWhileTheFirstRuns(3, later);
    releaseFirst.countDown();

    assertEquals("read before", first.get());
    for (Future<String> view : views) {
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
    List<Future<String>> views = viewsWhileTheFirstRuns(2, failing);
    releaseFirst.countDown();
    first.get();

    for (Future<String> view : views) {
      ExecutionException e = assertThrows(ExecutionException.class, view::get);
      assertSame(broken, e.getCause());
    }
    assertEquals(1, failedBuilds.get());
    assertEquals("built again", builds.get("kupang", () -> "built again"));
  }

  @Test
  void viewsThatNeedDifferentThingsShareOneBuildOfAllTheyNeed() throws Exception {
    Future<String> first = slowFirstView();
    List<String> built = new CopyOnWriteArrayList<>();
    List<String> needs = List.of("attendance", "scores", "attendance");
    AtomicReferenceArray<Thread> waiting = new AtomicReferenceArray<>(needs.size());
    List<Future<String>> views = new ArrayList<>();
    for (int i = 0; i < needs.size(); i++) {
      int n = i;
      views.add(
          viewers.submit(
              () -> {
                waiting.set(n, Thread.currentThread());
                return builds.get(
                    "kupang",
                    needs.get(n),
                    (a, b) -> String.join("+", new TreeSet<>(List.of((a + "+" + b).split("\\+")))),
                    all -> {
                      built.add(all);
                      return "read " + all;
                    });
              }));
    }
    awaitWaiting(waiting);
    releaseFirst.countDown();

    assertEquals("read before", first.get());
    for (Future<String> view : views) {
      assertEquals("read attendance+scores", view.get(), "one build of what the three need");
    }
    assertEquals(List.of("attendance+scores"), built);
  }

  @Test
  void anotherReportIsNeverHeldUpByARunningBuild() throws Exception {
    Future<String> first = slowFirstView();
    assertTimeoutPreemptively(
        Duration.ofSeconds(10), () -> assertEquals("solok", builds.get("solok", () -> "solok")));
    releaseFirst.countDown();
    assertEquals("read before", first.get());
  }

  /**
   * {@code count} views of "kupang" with {@code build}, once every one of them has come and waits
   * (for the running first build, or for the round it joined).
   */
  private List<Future<String>> viewsWhileTheFirstRuns(int count, Supplier<String> build) {
    AtomicReferenceArray<Thread> waiting = new AtomicReferenceArray<>(count);
    List<Future<String>> views = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int n = i;
      views.add(
          viewers.submit(
              () -> {
                waiting.set(n, Thread.currentThread());
                return builds.get("kupang", build);
              }));
    }
    awaitWaiting(waiting);
    return views;
  }

  /** Until every one of these views has come and waits. */
  private static void awaitWaiting(AtomicReferenceArray<Thread> waiting) {
    assertTimeoutPreemptively(
        Duration.ofSeconds(10),
        () -> {
          for (int i = 0; i < waiting.length(); i++) {
            while (waiting.get(i) == null || waiting.get(i).getState() != Thread.State.WAITING) {
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
