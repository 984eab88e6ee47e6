package org.latih.assessment.question.entity;

/** An accepted number of a numeric question: right when within the tolerance either side. */
public record NumericAnswer(double value, double tolerance, double fraction, String feedback) {

  public NumericAnswer {
    if (!(tolerance >= 0) || !Double.isFinite(value) || !Double.isFinite(tolerance)) {
      throw new InvalidQuestionException("question.tolerance", value, tolerance);
    }
    if (!(fraction >= 0 && fraction <= 1)) { // also refuses NaN
      throw new InvalidQuestionException("question.fraction", value, fraction * 100);
    }
    feedback = feedback == null || feedback.isBlank() ? null : feedback;
  }

  public boolean accepts(double given) {
    // a little slack for binary floating point: 0.1 + 0.2 must match 0.3 with tolerance 0
    return Math.abs(given - value) <= tolerance + 1e-9 * Math.max(1, Math.abs(value));
  }
}
