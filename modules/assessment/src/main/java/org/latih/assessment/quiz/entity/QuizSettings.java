package org.latih.assessment.quiz.entity;

import java.time.Instant;
import org.latih.kernel.rest.InvalidInputException;

/**
 * How a quiz is taken and graded. Validated as a whole, so a quiz can never close before it opens
 * or have a pass mark above 100.
 *
 * @param timeLimitMinutes null for no limit
 * @param attemptsAllowed 0 for unlimited
 * @param randomCount how many questions to draw at random from {@code randomCategory} for each
 *     attempt, besides the fixed ones
 * @param review the review rules by name, {@link ReviewMode#CUSTOM} when they have none
 * @param reviewRules what the learner sees of a submitted attempt; given either these or a named
 *     {@code review}, or neither for the default of the quiz's kind
 */
public record QuizSettings(
    String title,
    Integer timeLimitMinutes,
    Instant opensAt,
    Instant closesAt,
    int attemptsAllowed,
    GradingMethod gradingMethod,
    int passPercent,
    boolean shuffleQuestions,
    boolean shuffleOptions,
    ReviewMode review,
    ReviewRules reviewRules,
    boolean requiredForCompletion,
    String randomCategory,
    int randomCount) {

  public QuizSettings {
    if (title == null || title.isBlank() || title.length() > 200) {
      throw new InvalidInputException("title", "quiz.title");
    }
    title = title.strip();
    if (timeLimitMinutes != null && (timeLimitMinutes < 1 || timeLimitMinutes > 600)) {
      throw new InvalidInputException("timeLimitMinutes", "quiz.timeLimit", timeLimitMinutes);
    }
    if (opensAt != null && closesAt != null && !closesAt.isAfter(opensAt)) {
      throw new InvalidInputException("closesAt", "quiz.window");
    }
    if (attemptsAllowed < 0 || attemptsAllowed > 100) {
      throw new InvalidInputException("attemptsAllowed", "quiz.attempts", attemptsAllowed);
    }
    if (passPercent < 0 || passPercent > 100) {
      throw new InvalidInputException("passPercent", "quiz.passPercent", passPercent);
    }
    if (randomCount < 0 || randomCount > 200) {
      throw new InvalidInputException("randomCount", "quiz.randomCount", randomCount);
    }
    if (randomCount > 0 && (randomCategory == null || randomCategory.isBlank())) {
      throw new InvalidInputException("randomCategory", "quiz.randomCategory");
    }
    gradingMethod = gradingMethod == null ? GradingMethod.HIGHEST : gradingMethod;
    if (reviewRules != null && !reviewRules.complete()) {
      throw new InvalidInputException("reviewRules", "quiz.reviewRules");
    }
    if (reviewRules != null) {
      review = ReviewMode.of(reviewRules);
    } else if (review == ReviewMode.CUSTOM) {
      throw new InvalidInputException("reviewRules", "quiz.reviewRules");
    } else if (review != null) {
      reviewRules = review.rules();
    }
  }

  /** The pre-test of a course package: one attempt, 30 minutes, the score only. */
  public static QuizSettings preTest(String title) {
    return new QuizSettings(
        title,
        30,
        null,
        null,
        1,
        GradingMethod.FIRST,
        0,
        true,
        true,
        ReviewMode.SCORE_ONLY,
        null,
        false,
        null,
        0);
  }

  /**
   * The post-test: three attempts, the best counts, 70% passes and completes the course; the right
   * answers are shown only after the last attempt (or the close), never as the next one's key.
   */
  public static QuizSettings postTest(String title) {
    return new QuizSettings(
        title,
        30,
        null,
        null,
        3,
        GradingMethod.HIGHEST,
        70,
        true,
        true,
        ReviewMode.LAST_ATTEMPT,
        null,
        true,
        null,
        0);
  }
}
