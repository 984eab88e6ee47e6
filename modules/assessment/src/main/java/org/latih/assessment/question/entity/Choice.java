package org.latih.assessment.question.entity;

/**
 * An option of a choice question, or an accepted answer of a short-answer question. The fraction is
 * the share of the mark it earns: 1 for a right answer, between 0 and 1 for a partly right one,
 * negative for a wrong option of a multiple-response question (so guessing everything scores 0).
 */
public record Choice(String id, String text, double fraction, String feedback) {

  public Choice {
    text = text == null ? "" : text;
    if (!(fraction >= -1 && fraction <= 1)) { // also refuses NaN
      throw new InvalidQuestionException("question.fraction", text, fraction * 100);
    }
    feedback = feedback == null || feedback.isBlank() ? null : feedback;
  }

  public boolean right() {
    return fraction > 0;
  }
}
