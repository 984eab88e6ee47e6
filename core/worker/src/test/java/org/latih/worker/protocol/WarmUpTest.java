package org.latih.worker.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WarmUpTest {

  @Test
  void theMadeUpRegionCrossesTheProtocolUnchanged() {
    OutcomeSnapshot made = WarmUp.madeUp();

    OutcomeSnapshot read = WarmUp.roundTrip(made);

    // every column kind is exercised: absent cohorts, absences, missing post-test scores, answers
    assertEquals(WarmUp.ENROLMENTS, read.enrolments().size());
    assertEquals(WarmUp.ENROLMENTS * 3, read.attendance().size());
    assertEquals(made, read);
  }
}
