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
  DESCRIPTION;

  /** Whether a person must grade it; the others are graded on submit. */
  public boolean manual() {
    return this == ESSAY;
  }
}
