package org.latih.assessment.question.control;

import java.util.stream.DoubleStream;

/**
 * The grades Moodle lets an answer carry, as fractions. Moodle refuses any other (33 % is not one,
 * 33.33333 % is), so a file with another was not written for Moodle or is a typing slip: importing
 * it would grade differently from the bank the author meant to copy.
 */
final class MoodleFractions {

  private static final double[] POSITIVE = {
    1.0, 0.9, 0.8333333, 0.8, 0.75, 0.7, 0.6666667, 0.6, 0.5, 0.4, 0.3333333, 0.3, 0.25, 0.2,
    0.1666667, 0.1428571, 0.125, 0.1111111, 0.1, 0.05, 0.0
  };

  /**
   * How far a written grade may be from Moodle's: 33.33 % and 33.333 % are the same third, as in
   * Moodle's own files written with fewer decimals.
   */
  private static final double SLACK = 0.0001;

  private MoodleFractions() {}

  /** Whether Moodle allows the fraction (negative ones mirror the positive list). */
  static boolean allowed(double fraction) {
    double f = Math.abs(fraction);
    return DoubleStream.of(POSITIVE).anyMatch(p -> Math.abs(p - f) < SLACK);
  }
}
