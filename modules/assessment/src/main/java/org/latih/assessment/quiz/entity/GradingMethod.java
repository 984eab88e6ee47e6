package org.latih.assessment.quiz.entity;

import java.util.List;
import java.util.OptionalDouble;

/** Which of a learner's graded attempts make their result for a quiz. */
public enum GradingMethod {
  HIGHEST,
  LAST,
  FIRST,
  AVERAGE;

  /** The result from percentages in the order the attempts were made; empty if none. */
  public OptionalDouble pick(List<Double> percents) {
    if (percents.isEmpty()) {
      return OptionalDouble.empty();
    }
    return switch (this) {
      case HIGHEST -> percents.stream().mapToDouble(Double::doubleValue).max();
      case LAST -> OptionalDouble.of(percents.get(percents.size() - 1));
      case FIRST -> OptionalDouble.of(percents.get(0));
      case AVERAGE -> percents.stream().mapToDouble(Double::doubleValue).average();
    };
  }
}
