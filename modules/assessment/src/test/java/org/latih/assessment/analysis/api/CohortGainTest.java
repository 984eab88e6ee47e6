package org.latih.assessment.analysis.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A cohort's gain, paired t-test and effect size against figures worked out by hand, and the
 * Student's t tail probabilities against closed forms and printed tables.
 */
class CohortGainTest {

  private static final double EPS = 1e-9;

  /*
   * Five learners, max 100.
   *
   *   pre   post   D = post − pre   D − mean(D)   squared   g = D / (100 − pre)
   *    40    60        20               5           25      20/60 = 0.3333  MEDIUM
   *    50    65        15               0            0      15/50 = 0.3000  MEDIUM
   *    60    70        10              −5           25      10/40 = 0.2500  LOW
   *    30    55        25              10          100      25/70 = 0.3571  MEDIUM
   *    70    75         5             −10          100       5/30 = 0.1667  LOW
   *   ---   ---       ---                          ---
   *   250   325        75                          250
   *
   * meanPre = 250/5 = 50, meanPost = 325/5 = 65, mean(D) = 75/5 = 15
   * class <g> = (65 − 50) / (100 − 50) = 15/50 = 0.3 → MEDIUM (on the edge)
   * mean individual g = (1/3 + 3/10 + 1/4 + 5/14 + 1/6) / 5 = (591/420) / 5 = 591/2100 = 0.281429
   * sd(D) = √(250 / 4) = √62.5 = 7.905694
   * t = 15 / (7.905694 / √5) = 15 / √12.5 = 4.242641 (t² = 18), df = 4
   * d_z = 15 / 7.905694 = 1.897367
   * p: for df = 4 the t distribution has the closed form, with u = 1 + t²/4,
   *   P(|T| >= t) = 1 − (3/4) · (t / √u) · (1 − t² / (12u))
   *   u = 1 + 18/4 = 5.5; t/√u = √(18/5.5) = 1.809068; 1 − 18/66 = 8/11 = 0.727273
   *   p = 1 − 0.75 · 1.809068 · 0.727273 = 1 − 0.986764 = 0.013236
   */
  private static final List<LearningGain> FIVE =
      List.of(
          new LearningGain(40, 60, 100),
          new LearningGain(50, 65, 100),
          new LearningGain(60, 70, 100),
          new LearningGain(30, 55, 100),
          new LearningGain(70, 75, 100));

  @Test
  void fiveLearnerCohort() {
    CohortGain cohort = CohortGain.of(FIVE);
    assertEquals(5, cohort.n());
    assertEquals(100, cohort.max(), EPS);
    assertEquals(50, cohort.meanPre(), EPS);
    assertEquals(65, cohort.meanPost(), EPS);
    assertEquals(15, cohort.meanRaw(), EPS);
    assertEquals(0.3, cohort.classNormalizedGain(), EPS);
    assertEquals(GainBand.MEDIUM, cohort.band());
    assertEquals(0.281429, cohort.meanIndividualGain(), 1e-6);
    assertEquals(7.905694, cohort.sdDifference(), 1e-6);
    assertEquals(4.242641, cohort.pairedT(), 1e-6);
    assertEquals(4, cohort.degreesOfFreedom());
    assertEquals(0.013236, cohort.pValueTwoTailed(), 1e-6);
    assertEquals(1.897367, cohort.effectSize(), 1e-6);
    assertEquals(
        Map.of(GainBand.HIGH, 0, GainBand.MEDIUM, 3, GainBand.LOW, 2), cohort.bandCounts());
    assertEquals(0, cohort.undefinedGains());
  }

  @Test
  void aDeclineGivesANegativeTAndTheSameP() {
    // The same five with pre and post swapped: every D changes sign, so t = −4.242641 and
    // d_z = −1.897367 while sd and the two-tailed p stay the same.
    List<LearningGain> swapped =
        FIVE.stream().map(g -> new LearningGain(g.post(), g.pre(), g.max())).toList();
    CohortGain cohort = CohortGain.of(swapped);
    assertEquals(-15, cohort.meanRaw(), EPS);
    assertEquals(-4.242641, cohort.pairedT(), 1e-6);
    assertEquals(-1.897367, cohort.effectSize(), 1e-6);
    assertEquals(7.905694, cohort.sdDifference(), 1e-6);
    assertEquals(0.013236, cohort.pValueTwoTailed(), 1e-6);
    // <g> = (50 − 65) / (100 − 65) = −15/35 = −0.428571 → LOW
    assertEquals(-0.428571, cohort.classNormalizedGain(), 1e-6);
    assertEquals(GainBand.LOW, cohort.band());
  }

  @Test
  void aSingleLearnerHasNoSpreadNorTest() {
    // n = 1: the sample SD needs n − 1 >= 1, so sd, t, df, p and d are all undefined.
    CohortGain cohort = CohortGain.of(List.of(new LearningGain(40, 70, 100)));
    assertEquals(1, cohort.n());
    assertEquals(30, cohort.meanRaw(), EPS);
    assertEquals(0.5, cohort.classNormalizedGain(), EPS); // 30 / 60
    assertEquals(0.5, cohort.meanIndividualGain(), EPS);
    assertNull(cohort.sdDifference());
    assertNull(cohort.pairedT());
    assertNull(cohort.degreesOfFreedom());
    assertNull(cohort.pValueTwoTailed());
    assertNull(cohort.effectSize());
    assertEquals(1, cohort.bandCounts().get(GainBand.MEDIUM));
  }

  @Test
  void identicalChangesHaveZeroSpreadAndNoTest() {
    // Every D = 0.1, though 0.3 − 0.2 and 0.6 − 0.5 differ in the last bit: sd = 0 exactly (not
    // a rounding residue of ~7e-17 giving t ≈ 1e15), so t and d are undefined.
    CohortGain cohort =
        CohortGain.of(
            List.of(
                new LearningGain(0.2, 0.3, 1),
                new LearningGain(0.5, 0.6, 1),
                new LearningGain(0.7, 0.8, 1)));
    assertEquals(0.0, cohort.sdDifference());
    assertEquals(2, cohort.degreesOfFreedom());
    assertNull(cohort.pairedT());
    assertNull(cohort.pValueTwoTailed());
    assertNull(cohort.effectSize());
  }

  @Test
  void fullMarksOnThePreTestAreLeftOutOfTheIndividualGains() {
    // Learner 1: g = (80 − 60)/40 = 0.5; learner 2: pre == max, g undefined.
    // <g> = (mean post 90 − mean pre 80) / (100 − 80) = 10/20 = 0.5; mean individual g = 0.5 (one).
    CohortGain cohort =
        CohortGain.of(List.of(new LearningGain(60, 80, 100), new LearningGain(100, 100, 100)));
    assertEquals(0.5, cohort.classNormalizedGain(), EPS);
    assertEquals(0.5, cohort.meanIndividualGain(), EPS);
    assertEquals(1, cohort.undefinedGains());
    assertEquals(1, cohort.bandCounts().get(GainBand.MEDIUM));
    assertEquals(0, cohort.bandCounts().get(GainBand.HIGH) + cohort.bandCounts().get(GainBand.LOW));
  }

  @Test
  void aCohortWithFullMarksOnThePreTestHasNoNormalizedGain() {
    // meanPre == max: <g> undefined, no individual g either.
    CohortGain cohort =
        CohortGain.of(List.of(new LearningGain(10, 10, 10), new LearningGain(10, 9, 10)));
    assertNull(cohort.classNormalizedGain());
    assertNull(cohort.meanIndividualGain());
    assertNull(cohort.band());
    assertEquals(2, cohort.undefinedGains());
    assertEquals(-0.5, cohort.meanRaw(), EPS);
  }

  @Test
  void pairsScoredOutOfDifferentMaximaAreRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> CohortGain.of(List.of(new LearningGain(4, 8, 10), new LearningGain(40, 80, 100))));
  }

  @Test
  void anEmptyCohortIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> CohortGain.of(List.of()));
    assertThrows(IllegalArgumentException.class, () -> CohortGain.of(null));
  }

  @Test
  void bandCountsCannotBeAltered() {
    Map<GainBand, Integer> counts = CohortGain.of(FIVE).bandCounts();
    assertThrows(UnsupportedOperationException.class, () -> counts.put(GainBand.HIGH, 9));
  }

  @ParameterizedTest(name = "t = {0}, df = {1}: p = {2}")
  @CsvSource({
    // Printed t tables: the two-tailed 5% critical value for df = 4 is 2.776 (p = 0.0500; the
    // df = 4 closed form above gives 0.050023 for 2.776 exactly).
    "2.776, 4, 0.050023, 1e-6",
    "2.228, 10, 0.05, 1e-4", // table: two-tailed 5% critical value, df = 10
    "2.0, 10, 0.0734, 1e-4", // table value
    "1.0, 1, 0.5, 1e-12", // df = 1 is Cauchy: p = 1 − (2/π)·atan(1) = 1 − 0.5
    "2.0, 2, 0.183503, 1e-6", // df = 2 closed form: p = 1 − t/√(t² + 2) = 1 − 2/√6
    "0.0, 7, 1.0, 1e-12", // t = 0 is the centre
    "-2.0, 10, 0.0734, 1e-4", // symmetric
    "1.96, 100000, 0.05, 1e-4", // large df approaches the normal
    "12.706, 1, 0.05, 1e-4" // table: df = 1
  })
  void studentTwoTailedP(double t, int df, double p, double tolerance) {
    assertEquals(p, CohortGain.twoTailedP(t, df), tolerance);
  }

  @Test
  void belowTheMinimumSampleThereIsNoTestAndNoEffectSizeButTheMeansStay() {
    // two learners, 40 → 90 and 50 → 99: D = 50 and 49, sd = 0.707107, d = 49.5 / 0.707107 =
    // 70.0036, t = 99 with df = 1, p = 2·atan(1/99)/π = 0.006430: the kind of figure the gain
    // report printed as "not chance" for n = 2
    CohortGain two =
        CohortGain.of(List.of(new LearningGain(40, 90, 100), new LearningGain(50, 99, 100)));
    assertEquals(0.006430, two.pValueTwoTailed(), 1e-6);
    assertEquals(70.0036, two.effectSize(), 1e-4);
    CohortGain honest = two.withoutInferenceBelow(10);
    assertNull(honest.pairedT());
    assertNull(honest.pValueTwoTailed());
    assertNull(honest.effectSize());
    assertEquals(2, honest.n());
    assertEquals(94.5, honest.meanPost(), EPS);
    assertEquals(49.5, honest.meanRaw(), EPS);

    CohortGain five = CohortGain.of(FIVE);
    assertEquals(five, five.withoutInferenceBelow(5), "five pairs meet a minimum of five");
    assertNull(five.withoutInferenceBelow(6).effectSize());
  }
}
