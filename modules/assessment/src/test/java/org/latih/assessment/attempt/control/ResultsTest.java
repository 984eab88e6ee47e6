package org.latih.assessment.attempt.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.latih.assessment.attempt.control.Results.Submitted;
import org.latih.assessment.attempt.entity.Attempt;
import org.latih.assessment.attempt.entity.AttemptState;
import org.latih.assessment.quiz.entity.GradingMethod;

class ResultsTest {

  /** Learner 1 scored 40, then 90, then 60; learner 2's only attempt waits for a grader. */
  private static final List<Submitted> ATTEMPTS =
      Arrays.asList(
          new Submitted(7L, 1L, 40.0),
          new Submitted(7L, 1L, 90.0),
          new Submitted(7L, 2L, null),
          new Submitted(7L, 1L, 60.0));

  @Test
  void eachLearnersAttemptsCombineByTheGradingMethodInTheOrderTheyWereMade() {
    assertEquals(Map.of(1L, 90.0), Results.byLearner(GradingMethod.HIGHEST, ATTEMPTS));
    assertEquals(Map.of(1L, 40.0), Results.byLearner(GradingMethod.FIRST, ATTEMPTS));
    assertEquals(Map.of(1L, 60.0), Results.byLearner(GradingMethod.LAST, ATTEMPTS));
    assertEquals(190.0 / 3, Results.byLearner(GradingMethod.AVERAGE, ATTEMPTS).get(1L), 1e-9);
  }

  @Test
  void anAttemptCountsOnceSubmittedAndFullyGraded() {
    assertEquals(null, Attempt.percent(AttemptState.OPEN, false, 3.0, 4));
    assertEquals(null, Attempt.percent(AttemptState.SUBMITTED, true, 3.0, 4));
    assertEquals(75.0, Attempt.percent(AttemptState.SUBMITTED, false, 3.0, 4));
    assertEquals(0.0, Attempt.percent(AttemptState.SUBMITTED, false, 0.0, 0));
  }
}
