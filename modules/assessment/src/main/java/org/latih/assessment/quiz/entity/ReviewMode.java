package org.latih.assessment.quiz.entity;

/**
 * What a learner sees of a submitted attempt: only the score, or also their answers with the right
 * ones and feedback, either right after submitting or only once the quiz has closed (so answers do
 * not pass around while others are still taking it).
 */
public enum ReviewMode {
  SCORE_ONLY,
  AFTER_SUBMIT,
  AFTER_CLOSE
}
