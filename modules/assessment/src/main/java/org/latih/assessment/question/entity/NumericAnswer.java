package org.latih.assessment.question.entity;

/**
 * An accepted number of a numeric question: right when within the tolerance either side. A
 * catch-all ({@code any}, Moodle's {@code *}) accepts every number that no other answer of the
 * question accepts, so an author can give feedback (and a share of the mark) for any other answer.
 */
public record NumericAnswer(
    double value, double tolerance, double fraction, String feedback, boolean any) {

  public NumericAnswer {
    if (!(tolerance >= 0) || !Double.isFinite(value) || !Double.isFinite(tolerance)) {
      throw new InvalidQuestionException("question.tolerance", value, tolerance);
    }
    if (!(fraction >= 0 && fraction <= 1)) { // also refuses NaN
      throw new InvalidQuestionException("question.fraction", value, fraction * 100);
    }
    feedback = feedback == null || feedback.isBlank() ? null : feedback;
    if (any) {
      value = 0;
      tolerance = 0;
    }
  }

  public NumericAnswer(double value, double tolerance, double fraction, String feedback) {
    this(value, tolerance, fraction, feedback, false);
  }

  /** Moodle's {@code *}: any other number. */
  public static NumericAnswer anyOther(double fraction, String feedback) {
    return new NumericAnswer(0, 0, fraction, feedback, true);
  }

  public boolean accepts(double given) {
    if (any) {
      return true;
    }
    // a little slack for binary floating point: 0.1 + 0.2 must match 0.3 with tolerance 0
    return Math.abs(given - value) <= tolerance + 1e-9 * Math.max(1, Math.abs(value));
  }
}
