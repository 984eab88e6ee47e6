package org.latih.assessment.analysis.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One learner's raw and normalized gain and its Hake band. */
class LearningGainTest {

  private static final double EPS = 1e-9;

  @Test
  void rawAndNormalizedGain() {
    // pre 40, post 70, max 100: raw = 70 − 40 = 30; g = 30 / (100 − 40) = 30 / 60 = 0.5
    LearningGain gain = new LearningGain(40, 70, 100);
    assertEquals(30, gain.raw(), EPS);
    assertEquals(0.5, gain.normalized(), EPS);
    assertEquals(GainBand.MEDIUM, gain.band());
  }

  @Test
  void aLossIsANegativeGainInTheLowBand() {
    // pre 50, post 40: raw = −10; g = −10 / 50 = −0.2 → LOW
    LearningGain gain = new LearningGain(50, 40, 100);
    assertEquals(-10, gain.raw(), EPS);
    assertEquals(-0.2, gain.normalized(), EPS);
    assertEquals(GainBand.LOW, gain.band());
  }

  @ParameterizedTest(name = "pre {0}, post {1} of {2}: g = {3}, {4}")
  @CsvSource({
    // g = (post − pre) / (max − pre)
    "20, 80, 100, 0.75, HIGH", // 60 / 80
    "0, 70, 100, 0.7, HIGH", // 70 / 100, lower edge of HIGH
    "0, 69, 100, 0.69, MEDIUM",
    "0, 30, 100, 0.3, MEDIUM", // 30 / 100, lower edge of MEDIUM
    "0, 29, 100, 0.29, LOW",
    "6, 10, 10, 1.0, HIGH", // full marks afterwards: 4 / 4
    "5, 5, 10, 0.0, LOW" // no change
  })
  void hakeBands(double pre, double post, double max, double g, GainBand band) {
    LearningGain gain = new LearningGain(pre, post, max);
    assertEquals(g, gain.normalized(), EPS);
    assertEquals(band, gain.band());
  }

  @Test
  void fullMarksOnThePreTestLeaveTheNormalizedGainUndefined() {
    // pre == max: max − pre = 0, nothing left to gain
    LearningGain stayed = new LearningGain(100, 100, 100);
    assertEquals(0, stayed.raw(), EPS);
    assertNull(stayed.normalized());
    assertNull(stayed.band());

    LearningGain dropped = new LearningGain(100, 90, 100);
    assertEquals(-10, dropped.raw(), EPS);
    assertNull(dropped.normalized());
    assertNull(dropped.band());
  }

  @ParameterizedTest(name = "pre {0}, post {1}, max {2} refused")
  @CsvSource({
    "-1, 50, 100",
    "50, -1, 100",
    "101, 50, 100",
    "50, 101, 100",
    "0, 0, 0",
    "0, 0, -10",
    "NaN, 50, 100",
    "50, NaN, 100",
    "0, 0, NaN",
    "0, 0, Infinity"
  })
  void outOfRangeScoresAreRefused(double pre, double post, double max) {
    assertThrows(IllegalArgumentException.class, () -> new LearningGain(pre, post, max));
  }

  @Test
  void bandOfAnUndefinedGainIsNull() {
    assertNull(GainBand.of(null));
    assertEquals(GainBand.LOW, GainBand.of(-1.0));
  }
}
