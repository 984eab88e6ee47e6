package org.latih.report.compliance.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class ComplianceTallyTest {

  @Test
  void peopleAtOrAboveTheTargetReachedItAndTheRestAreBelow() {
    // 0 + 12 + 20 + 25 = 57 JP over 4 people: mean 14.25; 20 and 25 reach 20
    Compliance.Tally t = Compliance.Tally.of(List.of(0, 12, 20, 25), 20);
    assertEquals(4, t.people());
    assertEquals(2, t.reached());
    assertEquals(2, t.below());
    assertEquals(0.5, t.rate(), 1e-12);
    assertEquals(14.25, t.meanJp(), 1e-12);
    assertEquals(57, t.jp());
  }

  @Test
  void noPeopleIsNoRateNotZero() {
    Compliance.Tally t = Compliance.Tally.of(List.of(), 20);
    assertNull(t.rate());
    assertNull(t.meanJp());
  }
}
