package org.latih.assessment.question.entity;

/**
 * The share of a question's mark a response earned, from 0 to 1, with the feedback it triggers. A
 * null fraction means a person has yet to grade it (essays).
 */
public record Grade(Double fraction, String feedback) {

  public static Grade pending() {
    return new Grade(null, null);
  }

  public Grade {
    if (fraction != null) {
      fraction = Math.max(0, Math.min(1, fraction));
    }
  }

  public boolean awaitsGrading() {
    return fraction == null;
  }
}
