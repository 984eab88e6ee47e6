package org.latih.assessment.attempt.entity;

import java.util.Map;
import org.latih.assessment.AssessmentProblem;
import org.latih.kernel.rest.DomainException;

/**
 * A save carried a sequence number no newer than the answer already saved for the question, so the
 * saved one wins. The saved sequence goes to the client ({@code savedSequence}), which can then
 * number its next change for that question above it without reading the attempt again.
 */
public class StaleAnswerException extends DomainException {

  private final long savedSequence;

  public StaleAnswerException(long sentSequence, long savedSequence) {
    super(AssessmentProblem.ANSWER_STALE, "answer.stale", sentSequence, savedSequence);
    this.savedSequence = savedSequence;
  }

  @Override
  public Map<String, Object> extensions() {
    return Map.of("savedSequence", savedSequence);
  }
}
