package org.latih.assessment.analysis.api;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * The learning gain of a cohort from its matched pre-/post-test pairs: did the course move the
 * group, by how much, and is the change more than chance?
 *
 * <ul>
 *   <li>{@code classNormalizedGain} is Hake's class-average gain {@code <g> = (meanPost − meanPre)
 *       / (max − meanPre)}, the figure Hake's bands were defined on; null when {@code meanPre ==
 *       max}. It differs from {@code meanIndividualGain}, the plain mean of the defined individual
 *       g, which gives a low-scoring learner's small raw gain as much weight as anyone's.
 *   <li>With {@code D = post − pre} per learner: {@code sdDifference} is the sample standard
 *       deviation of D ({@code n − 1} in the denominator); the paired t statistic is {@code t =
 *       mean(D) / (sd(D) / √n)} with {@code df = n − 1}, and {@code pValueTwoTailed} is {@code
 *       P(|T| >= |t|)} under Student's t; {@code effectSize} is Cohen's {@code d_z = mean(D) /
 *       sd(D)}, the standardized mean change, which unlike p does not grow with n. All four are
 *       null when {@code n < 2} (sd needs two values) and the last three also when every learner
 *       changed by exactly the same amount (sd = 0, t undefined).
 *   <li>{@code bandCounts} counts learners per Hake band of their own g; {@code undefinedGains}
 *       counts those with full marks on the pre-test, whose g is undefined.
 * </ul>
 *
 * @param n the number of matched pairs
 * @param max the maximum score shared by every pair
 * @param bandCounts pairs per band, every band present (possibly 0)
 */
public record CohortGain(
    int n,
    double max,
    double meanPre,
    double meanPost,
    double meanRaw,
    Double classNormalizedGain,
    Double meanIndividualGain,
    GainBand band,
    Double sdDifference,
    Double pairedT,
    Integer degreesOfFreedom,
    Double pValueTwoTailed,
    Double effectSize,
    Map<GainBand, Integer> bandCounts,
    int undefinedGains) {

  public CohortGain {
    bandCounts = Collections.unmodifiableMap(new EnumMap<>(bandCounts));
  }

  /**
   * Computes a cohort's gain from its matched pairs (learners who sat both tests).
   *
   * @throws IllegalArgumentException when there are no pairs, a pair is null, or the pairs do not
   *     share one maximum score
   */
  public static CohortGain of(List<LearningGain> pairs) {
    if (pairs == null || pairs.isEmpty()) {
      throw new IllegalArgumentException("a cohort needs at least one matched pre/post pair");
    }
    if (pairs.stream().anyMatch(Objects::isNull)) {
      throw new IllegalArgumentException("a matched pair must not be null");
    }
    double max = pairs.get(0).max();
    int n = pairs.size();
    double sumPre = 0;
    double sumPost = 0;
    double sumG = 0;
    int definedG = 0;
    Map<GainBand, Integer> bandCounts = new EnumMap<>(GainBand.class);
    for (GainBand b : GainBand.values()) {
      bandCounts.put(b, 0);
    }
    for (LearningGain pair : pairs) {
      if (pair.max() != max) {
        throw new IllegalArgumentException(
            "every pair must share one maximum score; found " + max + " and " + pair.max());
      }
      sumPre += pair.pre();
      sumPost += pair.post();
      Double g = pair.normalized();
      if (g != null) {
        sumG += g;
        definedG++;
        bandCounts.merge(GainBand.of(g), 1, Integer::sum);
      }
    }
    double meanPre = sumPre / n;
    double meanPost = sumPost / n;
    double meanRaw = meanPost - meanPre;
    Double classG = meanPre == max ? null : (meanPost - meanPre) / (max - meanPre);
    Double meanIndividualG = definedG == 0 ? null : sumG / definedG;

    Double sd = null;
    Double t = null;
    Integer df = null;
    Double p = null;
    Double d = null;
    if (n >= 2) {
      df = n - 1;
      sd = sampleSd(pairs, meanRaw);
      if (sd > 0) {
        d = meanRaw / sd;
        t = meanRaw / (sd / Math.sqrt(n));
        p = twoTailedP(t, df);
      }
    }
    return new CohortGain(
        n,
        max,
        meanPre,
        meanPost,
        meanRaw,
        classG,
        meanIndividualG,
        GainBand.of(classG),
        sd,
        t,
        df,
        p,
        d,
        bandCounts,
        n - definedG);
  }

  /**
   * These figures without the ones a small sample cannot carry: with fewer than {@code minSample}
   * pairs, no t, p or effect size (two learners gave "p < 0.05" and d = 24.75, which says nothing
   * about a course). The means, the gains and the bands stay: they describe the learners as they
   * are.
   */
  public CohortGain withoutInferenceBelow(int minSample) {
    if (n >= minSample) {
      return this;
    }
    return new CohortGain(
        n,
        max,
        meanPre,
        meanPost,
        meanRaw,
        classNormalizedGain,
        meanIndividualGain,
        band,
        sdDifference,
        null,
        null,
        null,
        null,
        bandCounts,
        undefinedGains);
  }

  /** {@code P(|T| >= |t|)} for Student's t with {@code df} degrees of freedom. */
  static double twoTailedP(double t, int df) {
    // the upper tail directly rather than 1 − cdf, which loses every digit of a tiny p
    return 2 * TDistribution.of(df).survivalProbability(Math.abs(t));
  }

  /**
   * Gains that differ by less than this share of the maximum score are treated as equal: scores
   * such as 0.3 − 0.2 and 0.6 − 0.5 differ in the last binary digit, and that residue must not pass
   * for spread (it would give a huge t from no real variation).
   */
  private static final double SAME_GAIN = 1e-9;

  /** The sample SD of the raw gains; exactly 0 when they are all equal up to rounding. */
  private static double sampleSd(List<LearningGain> pairs, double mean) {
    double lowest = Double.POSITIVE_INFINITY;
    double highest = Double.NEGATIVE_INFINITY;
    double squares = 0;
    for (LearningGain pair : pairs) {
      lowest = Math.min(lowest, pair.raw());
      highest = Math.max(highest, pair.raw());
      double deviation = pair.raw() - mean;
      squares += deviation * deviation;
    }
    if (highest - lowest <= SAME_GAIN * pairs.get(0).max()) {
      return 0;
    }
    return Math.sqrt(squares / (pairs.size() - 1));
  }
}
