package org.latih.assessment.analysis.api;

/**
 * Hake's (1998) bands for the normalized gain g, the convention physics and teacher-training
 * studies use to read g: {@code g >= 0.7} high, {@code 0.3 <= g < 0.7} medium, {@code g < 0.3} low.
 * A negative g (the learner scored lower afterwards) falls in the low band.
 */
public enum GainBand {
  HIGH,
  MEDIUM,
  LOW;

  /** Lower bound of the high band. */
  static final double HIGH_FROM = 0.7;

  /** Lower bound of the medium band. */
  static final double MEDIUM_FROM = 0.3;

  /** The band of a normalized gain; null when g is undefined (null). */
  public static GainBand of(Double g) {
    if (g == null) {
      return null;
    }
    if (g >= HIGH_FROM) {
      return HIGH;
    }
    return g >= MEDIUM_FROM ? MEDIUM : LOW;
  }
}
