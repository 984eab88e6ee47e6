package org.latih.assessment.attempt.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.latih.kernel.rest.Problem;

class StaleAnswerExceptionTest {

  @Test
  void theProblemTellsThePageTheSavedSequenceSoItNeedNotReadTheAttemptAgain() {
    StaleAnswerException e = new StaleAnswerException(2, 3);
    JsonObject body =
        new Problem(e.type().uri(), "t", e.type().status(), "d", null, List.of(), e.extensions())
            .json();

    assertEquals("/problems/answer-stale", body.getString("type"));
    assertEquals(409, body.getInt("status"));
    assertEquals(3, body.getInt("savedSequence"), "a top-level member, as RFC 9457 asks");
  }
}
