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
    review = review == null ? ReviewMode.AFTER_SUBMIT : review;
  }

  /** The pre-test of a course package: one attempt, 30 minutes, no answers shown. */
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
        false,
        null,
        0);
  }

  /** The post-test: three attempts, the best counts, 70% passes and completes the course. */
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
        ReviewMode.AFTER_SUBMIT,
        true,
        null,
        0);
  }
}
