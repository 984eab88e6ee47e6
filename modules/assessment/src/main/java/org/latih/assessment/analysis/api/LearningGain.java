package org.latih.assessment.analysis.api;

/**
 * One learner's matched pre-test/post-test pair on a test worth {@code max} points.
 *
 * <p>The raw gain {@code post − pre} favours learners who started low: they have more room to grow.
 * Hake's normalized gain divides by that room, {@code g = (post − pre) / (max − pre)}, the share of
 * the possible improvement actually achieved, so learners (and cohorts) with different starting
 * points can be compared. g is undefined when the learner already had full marks on the pre-test
 * ({@code pre == max}): there was nothing left to gain, and this returns null rather than inventing
 * a value.
 *
 * @param pre the pre-test score, {@code 0 <= pre <= max}
 * @param post the post-test score, {@code 0 <= post <= max}
 * @param max the test's maximum score, {@code > 0}
 */
public record LearningGain(double pre, double post, double max) {

  public LearningGain {
    if (!(max > 0) || Double.isInfinite(max)) {
      throw new IllegalArgumentException("max must be a finite number above 0, was " + max);
    }
    if (!(pre >= 0 && pre <= max)) {
      throw new IllegalArgumentException("pre must be between 0 and " + max + ", was " + pre);
    }
    if (!(post >= 0 && post <= max)) {
      throw new IllegalArgumentException("post must be between 0 and " + max + ", was " + post);
    }
  }

  /** The raw gain, {@code post − pre}; negative when the learner did worse afterwards. */
  public double raw() {
    return post - pre;
  }

  /**
   * Hake's normalized gain {@code (post − pre) / (max − pre)}: at most 1, negative for a loss, and
   * null when {@code pre == max} (no room to gain, g undefined).
   */
  public Double normalized() {
    if (pre == max) {
      return null;
    }
    return (post - pre) / (max - pre);
  }

  /** The Hake band of {@link #normalized()}; null when g is undefined. */
  public GainBand band() {
    return GainBand.of(normalized());
  }
}
