package org.latih.assessment.quiz.entity;

/**
 * A course's pre-test (taken before its lessons open), its post-test (after the lessons; passing it
 * can complete the course) or any other quiz.
 */
public enum QuizKind {
  PRE_TEST,
  POST_TEST,
  QUIZ
}
