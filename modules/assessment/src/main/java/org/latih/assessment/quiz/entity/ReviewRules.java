package org.latih.assessment.quiz.entity;

import java.util.List;

/**
 * What a learner sees of a submitted attempt at each moment, as Moodle's review options have it.
 * The moments, from the first that applies:
 *
 * <ol>
 *   <li>{@code afterClose}: the quiz has closed;
 *   <li>{@code afterLastAttempt}: the learner has no attempt left (all used, or a passed post-test,
 *       after which the course page offers no other);
 *   <li>{@code immediately}: within {@link #IMMEDIATE_MINUTES} minutes of submitting;
 *   <li>{@code later}: afterwards, while the quiz is open and attempts remain.
 * </ol>
 *
 * Right answers shown while another attempt can still be made would be that attempt's key, which is
 * why the post-test holds them back until the last one.
 */
public record ReviewRules(
    Shown immediately, Shown later, Shown afterLastAttempt, Shown afterClose) {

  public static final int IMMEDIATE_MINUTES = 2;

  /**
   * @param marks the score, and each question's points
   * @param answers the learner's own answers, each marked right or wrong
   * @param rightAnswers the right answers
   * @param feedback the feedback of the options chosen, the general feedback and graders' comments
   */
  public record Shown(boolean marks, boolean answers, boolean rightAnswers, boolean feedback) {

    public static final Shown MARKS = new Shown(true, false, false, false);
    public static final Shown EVERYTHING = new Shown(true, true, true, true);

    /** Anything beyond the score: the review's questions are listed. */
    public boolean questions() {
      return answers || rightAnswers || feedback;
    }

    String code() {
      String code =
          (marks ? "m" : "")
              + (answers ? "a" : "")
              + (rightAnswers ? "r" : "")
              + (feedback ? "f" : "");
      return code.isEmpty() ? "-" : code;
    }

    static Shown of(String code) {
      return new Shown(
          code.contains("m"), code.contains("a"), code.contains("r"), code.contains("f"));
    }
  }

  /** Whether every moment is given; a request may leave one out, which is refused. */
  public boolean complete() {
    return immediately != null && later != null && afterLastAttempt != null && afterClose != null;
  }

  /** The moment that applies to a submitted attempt. */
  public Shown at(boolean closed, boolean noAttemptLeft, boolean justSubmitted) {
    if (closed) {
      return afterClose;
    }
    if (noAttemptLeft) {
      return afterLastAttempt;
    }
    return justSubmitted ? immediately : later;
  }

  /** Stored as four codes such as {@code m,m,marf,marf}; see {@link Shown#code()}. */
  public String code() {
    return String.join(
        ",",
        List.of(immediately, later, afterLastAttempt, afterClose).stream()
            .map(Shown::code)
            .toList());
  }

  public static ReviewRules of(String code) {
    String[] parts = code.split(",");
    if (parts.length != 4) {
      throw new IllegalArgumentException("review rules need four moments: " + code);
    }
    return new ReviewRules(
        Shown.of(parts[0]), Shown.of(parts[1]), Shown.of(parts[2]), Shown.of(parts[3]));
  }
}
