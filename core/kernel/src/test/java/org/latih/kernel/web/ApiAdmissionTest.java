package org.latih.kernel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.latih.kernel.web.ApiAdmission.Verdict;

class ApiAdmissionTest {

  private static final Duration LONG = Duration.ofMinutes(1);

  private final ExecutorService other = Executors.newSingleThreadExecutor();

  @AfterEach
  void stopThread() {
    other.shutdownNow();
  }

  @Test
  void admitsUpToTheLimitAndRefusesTheNextAtOnceWhenNoneMayWait() throws Exception {
    ApiAdmission admission = new ApiAdmission(2, 0, LONG, 2);
    assertEquals(Verdict.ADMITTED, admission.enter());
    assertEquals(Verdict.ADMITTED, admission.enter());
    assertEquals(2, admission.inProgress());
    assertEquals(Verdict.OVERLOADED, admission.enter(), "no waiting place: refused without delay");

    admission.leave();
    assertEquals(Verdict.ADMITTED, admission.enter(), "a place given back is taken again");
  }

  @Test
  void aWaitingRequestGetsThePlaceARequestInProgressGivesBack() throws Exception {
    ApiAdmission admission = new ApiAdmission(1, 1, LONG, 1);
    assertEquals(Verdict.ADMITTED, admission.enter());
    Future<Verdict> waiting = other.submit(admission::enter);

    admission.leave();

    assertEquals(Verdict.ADMITTED, waiting.get(1, TimeUnit.MINUTES));
    assertEquals(1, admission.inProgress());
  }

  @Test
  void aWaitingRequestIsRefusedWhenNoPlaceFreesUpInTime() throws Exception {
    ApiAdmission admission = new ApiAdmission(1, 1, Duration.ZERO, 1);
    assertEquals(Verdict.ADMITTED, admission.enter());
    assertEquals(Verdict.OVERLOADED, admission.enter());
    assertEquals(1, admission.inProgress(), "the refused request holds no place");
  }

  @Test
  void onceStoppingEveryNewRequestIsRefusedWhileTheOnesInProgressFinish() throws Exception {
    ApiAdmission admission = new ApiAdmission(4, 4, LONG, 4);
    assertEquals(Verdict.ADMITTED, admission.enter());

    admission.stop();

    assertEquals(Verdict.STOPPING, admission.enter());
    assertFalse(admission.awaitIdle(Duration.ZERO), "one request is still in progress");
    Future<Boolean> idle = other.submit(() -> admission.awaitIdle(LONG));
    admission.leave();
    assertTrue(idle.get(1, TimeUnit.MINUTES), "idle once the last request finished");
  }

  @Test
  void awaitingIdleWithNothingInProgressReturnsAtOnce() throws Exception {
    ApiAdmission admission = new ApiAdmission(8, 0, LONG, 8);
    admission.stop();
    assertTrue(admission.awaitIdle(Duration.ZERO));
  }

  @Test
  void answerSavesNeverTakeThePlacesKeptForOtherRequests() throws Exception {
    ApiAdmission admission = new ApiAdmission(3, 0, LONG, 2);
    assertEquals(Verdict.ADMITTED, admission.enterDeferrable());
    assertEquals(Verdict.ADMITTED, admission.enterDeferrable());
    assertEquals(Verdict.OVERLOADED, admission.enterDeferrable(), "two saves at most");
    assertEquals(Verdict.ADMITTED, admission.enter(), "a start still finds its place");
    assertEquals(3, admission.inProgress());

    admission.leaveDeferrable();
    assertEquals(2, admission.inProgress());
    assertEquals(Verdict.ADMITTED, admission.enterDeferrable(), "a save's place given back");
  }

  @Test
  void anAnswerSaveWaitsInAQueueOfItsOwn() throws Exception {
    ApiAdmission admission = new ApiAdmission(2, 2, LONG, 1);
    assertEquals(Verdict.ADMITTED, admission.enterDeferrable());
    Future<Verdict> save = other.submit(admission::enterDeferrable);
    assertEquals(Verdict.ADMITTED, admission.enter(), "the save waiting holds no place");
    admission.leave();

    admission.leaveDeferrable();

    assertEquals(Verdict.ADMITTED, save.get(1, TimeUnit.MINUTES));
    assertEquals(1, admission.inProgress());
  }

  @Test
  void answerSavesWaitInAQueueHalfAsLongAsTheOtherOne() throws Exception {
    ApiAdmission admission = new ApiAdmission(3, 1, LONG, 1);
    assertEquals(Verdict.ADMITTED, admission.enterDeferrable());
    assertEquals(Verdict.OVERLOADED, admission.enterDeferrable(), "no room to wait: refused now");
    assertEquals(Verdict.ADMITTED, admission.enter());
  }

  @Test
  void anAnswerSaveIsRefusedWhenEveryPlaceIsTaken() throws Exception {
    ApiAdmission admission = new ApiAdmission(1, 0, LONG, 1);
    assertEquals(Verdict.ADMITTED, admission.enter());
    assertEquals(Verdict.OVERLOADED, admission.enterDeferrable());
    admission.leave();
    assertEquals(0, admission.inProgress(), "the refused save gave its save place back");
    assertEquals(Verdict.ADMITTED, admission.enterDeferrable());
  }

  @Test
  void refusesSettingsThatCouldNeverAdmitAnything() {
    assertThrows(IllegalArgumentException.class, () -> new ApiAdmission(0, 1, LONG, 1));
    assertThrows(IllegalArgumentException.class, () -> new ApiAdmission(1, -1, LONG, 1));
    assertThrows(IllegalArgumentException.class, () -> new ApiAdmission(1, 1, LONG, 0));
  }
}
