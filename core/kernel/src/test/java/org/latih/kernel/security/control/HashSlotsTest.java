package org.latih.kernel.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.latih.kernel.rest.ServerBusyException;
import org.latih.testing.concurrent.Waiting;

class HashSlotsTest {

  @Test
  void aWaveBeyondTheSlotsAndTheirQueueIsRefusedAtOnceWithRetryAfter() throws Exception {
    HashSlots slots = new HashSlots(1, 1, 3);
    CountDownLatch inSlot = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<String> first =
        CompletableFuture.supplyAsync(
            () ->
                slots.run(
                    () -> {
                      inSlot.countDown();
                      await(release);
                      return "first";
                    }));
    inSlot.await(10, TimeUnit.SECONDS);
    CompletableFuture<String> second =
        CompletableFuture.supplyAsync(() -> slots.run(() -> "second"));
    // the second waits for the slot; a third finds the queue full and is refused without waiting
    Waiting.until(() -> slots.waiting() == 1);
    ServerBusyException third =
        assertThrows(ServerBusyException.class, () -> slots.run(() -> "third"));
    assertEquals(3, third.retryAfterSeconds());
    release.countDown();
    assertEquals("first", first.get(10, TimeUnit.SECONDS));
    assertEquals("second", second.get(10, TimeUnit.SECONDS));
  }

  @Test
  void aSignInThatWaitsLongerThanRetryAfterIsRefused() throws Exception {
    HashSlots slots = new HashSlots(1, 5, 1);
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch inSlot = new CountDownLatch(1);
    CompletableFuture<String> first =
        CompletableFuture.supplyAsync(
            () ->
                slots.run(
                    () -> {
                      inSlot.countDown();
                      await(release);
                      return "first";
                    }));
    inSlot.await(10, TimeUnit.SECONDS);
    assertThrows(ServerBusyException.class, () -> slots.run(() -> "late"));
    release.countDown();
    assertEquals("first", first.get(10, TimeUnit.SECONDS));
    assertEquals("again", slots.run(() -> "again"), "the slot is free again");
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
