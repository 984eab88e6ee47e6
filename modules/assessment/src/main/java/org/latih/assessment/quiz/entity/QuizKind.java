package org.latih.assessment.quiz.entity;

/**
 * A course's pre-test (taken before its lessons open), its post-test (after the lessons; passing it
 * can complete the course) or any other quiz.
 */
public enum QuizKind {
  /** Diagnostic: the score only, so the post-test is not answered in advance. */
  PRE_TEST(ReviewMode.SCORE_ONLY),
  /** Right answers only once no attempt is left, so a review is never the next attempt's key. */
  POST_TEST(ReviewMode.LAST_ATTEMPT),
  /** Practice: everything right after submitting. */
  QUIZ(ReviewMode.AFTER_SUBMIT);

  private final ReviewMode defaultReview;

  QuizKind(ReviewMode defaultReview) {
    this.defaultReview = defaultReview;
  }

  /** The review rules a quiz of this kind gets when none are chosen. */
  public ReviewMode defaultReview() {
    return defaultReview;
  }
}
