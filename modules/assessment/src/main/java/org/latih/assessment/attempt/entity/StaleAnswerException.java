package org.latih.assessment.attempt.entity;

import java.util.Map;
import org.latih.assessment.AssessmentProblem;
import org.latih.kernel.rest.DomainException;

/**
 * A save carried a sequence number no newer than the answer already saved for the question, so the
 * saved one wins: an older number, or the same number with a different answer. The saved sequence
 * goes to the client ({@code savedSequence}), which can then number its next change for that
 * question above it without reading the attempt again.
 */
public class StaleAnswerException extends DomainException {

  private final long savedSequence;

  public StaleAnswerException(long sentSequence, long savedSequence) {
    super(AssessmentProblem.ANSWER_STALE, "answer.stale", sentSequence, savedSequence);
    this.savedSequence = savedSequence;
  }

  /**
   * The same sequence number came with another answer than the one saved under it: not an older
   * answer, but two answers claiming one number, and the first one saved stays.
   */
  public static StaleAnswerException conflicting(long sequence) {
    return new StaleAnswerException("answer.conflict", sequence);
  }

  private StaleAnswerException(String messageKey, long sequence) {
    super(AssessmentProblem.ANSWER_STALE, messageKey, sequence);
    this.savedSequence = sequence;
  }

  @Override
  public Map<String, Object> extensions() {
    return Map.of("savedSequence", savedSequence);
  }
}
