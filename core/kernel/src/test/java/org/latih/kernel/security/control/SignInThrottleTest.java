package org.latih.kernel.security.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.latih.kernel.rest.TooManyRequestsException;

class SignInThrottleTest {

  private static final Instant T0 = Instant.parse("2026-03-02T07:00:00Z");
  private static final String ATTACKER = "203.0.113.9";
  private static final String OWNER = "10.1.2.3";

  private final SignInThrottle throttle = new SignInThrottle(5, 15, 600);

  /** Wrong passwords, as fast as the throttle lets them through. */
  private void fail(String account, String address, int times) {
    for (int i = 0; i < times; i++) {
      throttle.failed(account, address, T0);
    }
  }

  @Test
  void theFirstFailuresCostNothingThenTheDelayDoublesUpToTheMaximum() {
    assertEquals(0, throttle.delayAfter(4));
    assertEquals(1_000, throttle.delayAfter(5));
    assertEquals(2_000, throttle.delayAfter(6));
    assertEquals(4_000, throttle.delayAfter(7));
    assertEquals(15 * 60_000, throttle.delayAfter(20));
    assertEquals(15 * 60_000, throttle.delayAfter(Integer.MAX_VALUE));
  }

  @Test
  void afterFiveFailuresTheSameAddressWaitsWithRetryAfter() {
    fail("admin", ATTACKER, 5);
    TooManyRequestsException refused =
        assertThrows(TooManyRequestsException.class, () -> throttle.admit("admin", ATTACKER, T0));
    assertEquals(1, refused.retryAfterSeconds());
    assertDoesNotThrow(() -> throttle.admit("admin", ATTACKER, T0.plusSeconds(1)));
  }

  @Test
  void someoneGuessingElsewhereNeverLocksTheOwnerOut() {
    fail("admin", ATTACKER, 30);
    assertThrows(TooManyRequestsException.class, () -> throttle.admit("admin", ATTACKER, T0));
    assertDoesNotThrow(() -> throttle.admit("admin", OWNER, T0));
  }

  @Test
  void theRightPasswordStartsAfresh() {
    fail("198503152010011001", OWNER, 4);
    throttle.succeeded("198503152010011001", OWNER);
    fail("198503152010011001", OWNER, 4);
    assertDoesNotThrow(() -> throttle.admit("198503152010011001", OWNER, T0));
  }

  @Test
  void anUnknownNameIsThrottledLikeARealOne() {
    // the throttle never asks whether the account exists: the same counter, the same answer
    fail("199901012020121001", ATTACKER, 5);
    TooManyRequestsException unknown =
        assertThrows(
            TooManyRequestsException.class,
            () -> throttle.admit("199901012020121001", ATTACKER, T0));
    fail("admin", ATTACKER, 5);
    TooManyRequestsException known =
        assertThrows(TooManyRequestsException.class, () -> throttle.admit("admin", ATTACKER, T0));
    assertEquals(known.retryAfterSeconds(), unknown.retryAfterSeconds());
    assertEquals(known.messageKey(), unknown.messageKey());
  }

  @Test
  void failuresAreForgottenAfterAnHourOfQuiet() {
    fail("admin", ATTACKER, 20);
    Instant later = T0.plus(SignInThrottle.FORGET_AFTER).plusSeconds(1);
    throttle.failed("admin", ATTACKER, later);
    assertDoesNotThrow(() -> throttle.admit("admin", ATTACKER, later));
  }

  @Test
  void theServerChecksAtMostItsShareOfPasswordsPerMinuteWhoeverAsks() {
    SignInThrottle small = new SignInThrottle(5, 15, 60);
    for (int i = 0; i < 60; i++) {
      String address = "198.51.100." + i;
      assertDoesNotThrow(() -> small.admit("learner", address, T0));
    }
    TooManyRequestsException refused =
        assertThrows(TooManyRequestsException.class, () -> small.admit("other", OWNER, T0));
    assertEquals(1, refused.retryAfterSeconds(), "one check comes back every second");
    assertDoesNotThrow(() -> small.admit("other", OWNER, T0.plusSeconds(1)));
  }
}
