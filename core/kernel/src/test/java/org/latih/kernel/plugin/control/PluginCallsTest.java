package org.latih.kernel.plugin.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PluginCallsTest {

  private final List<String> failed = new CopyOnWriteArrayList<>();
  private final PluginCalls calls =
      new PluginCalls(300, (id, error) -> failed.add(id + ": " + error));

  private volatile boolean release;

  @AfterEach
  void stop() {
    release = true;
    calls.stop();
  }

  @Test
  void aGoodAnswerPassesThrough() {
    assertEquals(List.of("a", "b"), calls.call("good", () -> List.of("a", "b"), List::size, 10));
    assertEquals(List.of(), failed);
  }

  @Test
  void anExceptionMarksThePluginFailedWithItsMessage() {
    PluginFailedException e =
        assertThrows(
            PluginFailedException.class,
            () ->
                calls.call(
                    "throws",
                    () -> {
                      throw new IllegalStateException("kuesioner rusak");
                    },
                    x -> 0,
                    10));
    assertEquals("java.lang.IllegalStateException: kuesioner rusak", e.error());
    assertEquals(List.of("throws: java.lang.IllegalStateException: kuesioner rusak"), failed);
    assertEquals(502, e.type().status());
  }

  @Test
  void errorsAreCaughtToo() {
    assertThrows(
        PluginFailedException.class,
        () -> calls.call("deep", PluginCallsTest::recurse, x -> 0, 10));
    assertThrows(
        PluginFailedException.class,
        () ->
            calls.call(
                "linkage",
                () -> {
                  throw new NoClassDefFoundError("org/kupang/Gone");
                },
                x -> 0,
                10));
    assertTrue(failed.get(0).startsWith("deep: java.lang.StackOverflowError"), failed::toString);
    assertTrue(failed.get(1).contains("NoClassDefFoundError: org/kupang/Gone"), failed::toString);
  }

  private static Integer recurse() {
    return recurse() + 1;
  }

  @Test
  void aCallThatHangsIsAbandonedAfterTheTimeLimit() {
    long start = System.nanoTime();
    PluginFailedException e =
        assertThrows(
            PluginFailedException.class,
            () ->
                calls.call(
                    "sleeps",
                    () -> {
                      Thread.sleep(60_000);
                      return "never";
                    },
                    x -> 0,
                    10));
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertTrue(millis >= 300 && millis < 5_000, "took " + millis + " ms");
    assertEquals("no answer within 300 ms", e.error());
    assertEquals(List.of("sleeps: no answer within 300 ms"), failed);
  }

  @Test
  void hungCallsDoNotStopOtherCallsForLong() {
    for (int i = 0; i < PluginCalls.THREADS; i++) {
      assertThrows(
          PluginFailedException.class,
          () ->
              calls.call(
                  "busy",
                  () -> {
                    while (!release) {
                      Thread.onSpinWait(); // ignores interruption, like careless plugin code
                    }
                    return "late";
                  },
                  x -> 0,
                  1));
    }
    // every thread is stuck; the queue still takes the call, which no thread takes in time: it
    // is turned away without blaming the plugin, which never ran
    assertThrows(PluginsBusyException.class, () -> calls.call("next", () -> "ok", x -> 0, 1));
    assertEquals(PluginCalls.THREADS, failed.size(), failed::toString);
    assertTrue(failed.stream().allMatch(f -> f.startsWith("busy: ")), failed::toString);
    assertEquals(503, new PluginsBusyException().type().status());
  }

  @Test
  void aHugeAnswerIsRefused() {
    List<Integer> huge = new ArrayList<>(Collections.nCopies(10_001, 1));
    PluginFailedException e =
        assertThrows(
            PluginFailedException.class, () -> calls.call("huge", () -> huge, List::size, 10_000));
    assertEquals("answered 10001 items; at most 10000 are accepted", e.error());
    assertEquals(1, failed.size());
  }

  @Test
  void nullIsNotAnAnswer() {
    assertThrows(PluginFailedException.class, () -> calls.call("null", () -> null, x -> 0, 1));
  }

  @Test
  void attemptDoesNotBlameAnInstalledPlugin() {
    assertThrows(
        PluginCalls.Failure.class,
        () ->
            calls.attempt(
                () -> {
                  throw new IllegalStateException("start failed");
                }));
    assertEquals(List.of(), failed);
  }
}
