package org.latih.assessment.analysis.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Facility, corrected item-total discrimination and KR-20 / alpha against hand calculations. */
class ItemAnalysisTest {

  private static final double EPS = 1e-6;

  /*
   * Five attempts on four right/wrong items.
   *
   *            I1  I2  I3  I4   total
   *   L1        1   1   1   1     4
   *   L2        1   1   1   0     3
   *   L3        1   1   0   0     2
   *   L4        1   0   1   0     2
   *   L5        0   0   0   0     0
   *   p       0.8 0.6 0.6 0.2        (facility)
   *   p·q    0.16 .24 .24 .16        Σ p·q = 0.80
   *
   * Totals: mean = 11/5 = 2.2; deviations 1.8, 0.8, −0.2, −0.2, −2.2;
   *   squares 3.24 + 0.64 + 0.04 + 0.04 + 4.84 = 8.8; σ² = 8.8/5 = 1.76 (population), σ = 1.326650
   * KR-20 = 4/3 · (1 − 0.80/1.76) = 4/3 · 6/11 = 8/11 = 0.727273
   *
   * I1 against the rest score (total − I1) = 3, 2, 1, 1, 0 (mean 1.4):
   *   Σ(x − 0.8)(y − 1.4) = 0.2·1.6 + 0.2·0.6 + 0.2·(−0.4) + 0.2·(−0.4) + (−0.8)(−1.4) = 1.4
   *   Σ(x − 0.8)² = 4·0.04 + 0.64 = 0.8;  Σ(y − 1.4)² = 2.56 + 0.36 + 0.16 + 0.16 + 1.96 = 5.2
   *   r = 1.4 / √(0.8 · 5.2) = 1.4 / √4.16 = 0.686406
   *   point-biserial check: (M1 − M0) / σ_rest · √(pq) = (1.75 − 0) / √1.04 · 0.4 = 0.686406
   * I4 against the rest score 3, 3, 2, 2, 0 (mean 2.0):
   *   Σ(x − 0.2)(y − 2) = 0.8·1 − 0.2·1 + 0 + 0 − 0.2·(−2) = 1.0; Σ(x − 0.2)² = 0.8; Σ(y − 2)² = 6
   *   r = 1 / √4.8 = 0.456435
   */
  private static final double[][] RIGHT_WRONG = {
    {1, 1, 1, 1},
    {1, 1, 1, 0},
    {1, 1, 0, 0},
    {1, 0, 1, 0},
    {0, 0, 0, 0}
  };

  @Test
  void rightWrongItemsUseKr20() {
    ItemAnalysis analysis = ItemAnalysis.of(RIGHT_WRONG);
    assertEquals(5, analysis.attempts());
    assertEquals(4, analysis.items().size());
    assertEquals(0.8, analysis.items().get(0).facility(), EPS);
    assertEquals(0.6, analysis.items().get(1).facility(), EPS);
    assertEquals(0.6, analysis.items().get(2).facility(), EPS);
    assertEquals(0.2, analysis.items().get(3).facility(), EPS);
    assertEquals(0.686406, analysis.items().get(0).discrimination(), EPS);
    assertEquals(0.456435, analysis.items().get(3).discrimination(), EPS);
    assertEquals(ItemAnalysis.Method.KR20, analysis.method());
    assertEquals(0.727273, analysis.reliability(), EPS);
    assertEquals(2.2, analysis.meanTotal(), EPS);
    assertEquals(1.326650, analysis.sdTotal(), EPS);
    assertEquals(3, analysis.items().get(3).index());
  }

  @Test
  void discriminationOfARightWrongItemIsThePointBiserialWithTheRestScore() {
    // I2 = 1, 1, 1, 0, 0; rest = 3, 2, 1, 2, 0: M1 = (3 + 2 + 1)/3 = 2, M0 = (2 + 0)/2 = 1,
    // σ_rest = √(5.2/5) = √1.04 = 1.019804, √(pq) = √0.24 = 0.489898
    // r_pb = (2 − 1) / 1.019804 · 0.489898 = 0.480384
    assertEquals(0.480384, ItemAnalysis.of(RIGHT_WRONG).items().get(1).discrimination(), EPS);
  }

  /*
   * Four attempts, three items with partial credit.
   *
   *           I1    I2    I3    total
   *   L1     1.0   0.5   1.0    2.5
   *   L2     0.5   0.5   0.5    1.5
   *   L3     0.5   0.0   0.5    1.0
   *   L4     0.0   0.0   0.0    0.0
   *   mean   0.5  0.25   0.5    1.25
   *   σ²   0.125 .0625 0.125          Σ σ²_i = 0.3125
   *
   * I1: deviations .5, 0, 0, −.5 → 0.5/4 = 0.125; I2: ±.25 four times → 0.25/4 = 0.0625
   * Totals: deviations 1.25, .25, −.25, −1.25 → 1.5625 + .0625 + .0625 + 1.5625 = 3.25;
   *   σ² = 3.25/4 = 0.8125, σ = 0.901388
   * alpha = 3/2 · (1 − 0.3125/0.8125) = 1.5 · 0.5/0.8125 = 1.5 · 8/13 = 12/13 = 0.923077
   * I2 against rest 2.0, 1.0, 1.0, 0.0 (mean 1): Σ(x − .25)(y − 1) = .25 + 0 + 0 + .25 = 0.5;
   *   Σ(x − .25)² = 0.25; Σ(y − 1)² = 2; r = 0.5 / √0.5 = 0.707107
   */
  @Test
  void partialCreditUsesCronbachsAlpha() {
    ItemAnalysis analysis =
        ItemAnalysis.of(
            new double[][] {
              {1.0, 0.5, 1.0},
              {0.5, 0.5, 0.5},
              {0.5, 0.0, 0.5},
              {0.0, 0.0, 0.0}
            });
    assertEquals(ItemAnalysis.Method.CRONBACH_ALPHA, analysis.method());
    assertEquals(0.923077, analysis.reliability(), EPS);
    assertEquals(0.5, analysis.items().get(0).facility(), EPS);
    assertEquals(0.25, analysis.items().get(1).facility(), EPS);
    assertEquals(0.707107, analysis.items().get(1).discrimination(), EPS);
    assertEquals(1.25, analysis.meanTotal(), EPS);
    assertEquals(0.901388, analysis.sdTotal(), EPS);
  }

  @Test
  void anItemEveryoneGotRightDoesNotDiscriminate() {
    // I1 is constant (variance 0): its correlation is undefined. I2 and I3 agree perfectly with
    // each other's rest score (which includes the constant I1), so r = 1.
    ItemAnalysis analysis =
        ItemAnalysis.of(
            new double[][] {
              {1, 1, 1},
              {1, 0, 0},
              {1, 1, 1}
            });
    assertEquals(1.0, analysis.items().get(0).facility(), EPS);
    assertNull(analysis.items().get(0).discrimination());
    assertEquals(1.0, analysis.items().get(1).discrimination(), EPS);
    // Σ p·q = 0 + 2·(2/3 · 1/3) = 4/9; totals 3, 1, 3: mean 7/3, σ² = (4/9 + 16/9 + 4/9)/3 = 8/9
    // KR-20 = 3/2 · (1 − (4/9)/(8/9)) = 3/2 · 1/2 = 0.75
    assertEquals(0.75, analysis.reliability(), EPS);
  }

  @Test
  void identicalTotalsLeaveReliabilityUndefined() {
    // Every attempt scores 1 of 2, so σ²_total = 0; each item's rest score is the other item,
    // which is perfectly reversed: r = −1.
    ItemAnalysis analysis =
        ItemAnalysis.of(
            new double[][] {
              {1, 0},
              {0, 1},
              {1, 0}
            });
    assertNull(analysis.reliability());
    assertNull(analysis.method());
    assertEquals(0.0, analysis.sdTotal());
    assertEquals(-1.0, analysis.items().get(0).discrimination(), EPS);
  }

  @Test
  void restScoresEqualUpToRoundingHaveNoVariance() {
    // Item 2 is 0.2 for both; its rest score is 0.8 for both, computed as 1.0 − 0.2 from totals
    // summed in different orders. Constant rest → discrimination undefined, not a rounding ±1.
    ItemAnalysis analysis =
        ItemAnalysis.of(
            new double[][] {
              {0.1, 0.2, 0.7},
              {0.7, 0.2, 0.1}
            });
    assertNull(analysis.items().get(1).discrimination());
    // Totals 1.0 and 1.0: no variance, no reliability.
    assertNull(analysis.reliability());
  }

  @Test
  void aSingleItemHasNoReliabilityNorRestScore() {
    // k = 1: k/(k − 1) is undefined and the rest score is always 0.
    ItemAnalysis analysis = ItemAnalysis.of(new double[][] {{1}, {0}, {1}, {1}});
    assertEquals(0.75, analysis.items().get(0).facility(), EPS);
    assertNull(analysis.items().get(0).discrimination());
    assertNull(analysis.reliability());
    assertEquals(0.75, analysis.meanTotal(), EPS);
    assertEquals(Math.sqrt(0.75 * 0.25), analysis.sdTotal(), EPS);
  }

  @Test
  void malformedMatricesAreRefusedWithAReason() {
    assertMessage("at least 2 attempts", null);
    assertMessage("at least 2 attempts", new double[][] {{1, 0}});
    assertMessage("at least 1 item", new double[][] {{}, {}});
    assertMessage("does not have a score", new double[][] {{1, 0}, {1}});
    assertMessage("between 0 and 1", new double[][] {{1, 0}, {1.5, 0}});
    assertMessage("between 0 and 1", new double[][] {{1, -0.1}, {1, 0}});
    assertMessage("between 0 and 1", new double[][] {{1, Double.NaN}, {1, 0}});
  }

  private static void assertMessage(String expected, double[][] scores) {
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> ItemAnalysis.of(scores));
    assertTrue(
        refused.getMessage().contains(expected),
        () -> "expected '" + expected + "' in: " + refused.getMessage());
  }
}
