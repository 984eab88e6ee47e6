package org.latih.assessment.quiz.boundary;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import org.latih.assessment.quiz.entity.GradingMethod;
import org.latih.assessment.quiz.entity.QuizKind;
import org.latih.assessment.quiz.entity.QuizSettings;
import org.latih.assessment.quiz.entity.ReviewMode;
import org.latih.assessment.quiz.entity.ReviewRules;
import org.latih.kernel.rest.InvalidInputException;

/**
 * A quiz's settings as sent by the quiz form; every field has a sensible default. The review is
 * given by name ({@code review}) or in full ({@code reviewRules}, which wins when both are sent);
 * without either the quiz gets its kind's default.
 */
public record QuizRequest(
    String kind,
    String title,
    Integer timeLimitMinutes,
    String opensAt,
    String closesAt,
    Integer attemptsAllowed,
    String gradingMethod,
    Integer passPercent,
    Boolean shuffleQuestions,
    Boolean shuffleOptions,
    String review,
    ReviewRules reviewRules,
    Boolean requiredForCompletion,
    String randomCategory,
    Integer randomCount) {

  QuizKind quizKind() {
    return kind == null ? QuizKind.QUIZ : parse(QuizKind.class, "kind", kind);
  }

  QuizSettings settings() {
    return new QuizSettings(
        title,
        timeLimitMinutes,
        instant("opensAt", opensAt),
        instant("closesAt", closesAt),
        attemptsAllowed == null ? 0 : attemptsAllowed,
        gradingMethod == null ? null : parse(GradingMethod.class, "gradingMethod", gradingMethod),
        passPercent == null ? 0 : passPercent,
        !Boolean.FALSE.equals(shuffleQuestions),
        !Boolean.FALSE.equals(shuffleOptions),
        review == null || reviewRules != null ? null : parse(ReviewMode.class, "review", review),
        reviewRules,
        Boolean.TRUE.equals(requiredForCompletion),
        randomCategory == null || randomCategory.isBlank() ? null : randomCategory.strip(),
        randomCount == null ? 0 : randomCount);
  }

  private static Instant instant(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, "quiz.instant", text);
    }
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String field, String text) {
    try {
      return Enum.valueOf(type, text.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          field, "quiz.choice", text, Arrays.toString(type.getEnumConstants()));
    }
  }
}
