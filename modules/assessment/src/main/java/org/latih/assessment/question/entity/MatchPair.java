package org.latih.assessment.question.entity;

/** One pair of a matching question: the learner picks {@code answer} for {@code prompt}. */
public record MatchPair(String prompt, String answer) {

  public MatchPair {
    if (prompt == null || prompt.isBlank() || answer == null || answer.isBlank()) {
      throw new InvalidQuestionException("question.matchPair", prompt, answer);
    }
  }
}
