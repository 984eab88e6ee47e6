package org.latih.assessment.question.entity;

/** The kinds of question the bank holds; each grades a response in its own way. */
public enum QuestionType {
  SINGLE_CHOICE,
  MULTIPLE_RESPONSE,
  TRUE_FALSE,
  SHORT_ANSWER,
  NUMERIC,
  MATCHING,
  ESSAY,
  /** Text shown between questions (Moodle's description item): not answered, not graded. */
  DESCRIPTION,
  /**
   * Moodle's embedded answers (multianswer): a text with gaps, each a short answer, a number or a
   * choice of its own, graded gap by gap.
   */
  CLOZE;

  /** Whether a person must grade it; the others are graded on submit. */
  public boolean manual() {
    return this == ESSAY;
  }
}
