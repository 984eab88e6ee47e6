package org.latih.assessment.quiz.entity;

import java.util.Arrays;

/**
 * The review rules a quiz can be given by name; {@link #CUSTOM} when its {@link ReviewRules} are
 * none of them. Quizzes saved before review rules existed carry only their mode.
 */
public enum ReviewMode {
  /** The score only, at every moment: for a diagnostic pre-test. */
  SCORE_ONLY(
      new ReviewRules(
          ReviewRules.Shown.MARKS,
          ReviewRules.Shown.MARKS,
          ReviewRules.Shown.MARKS,
          ReviewRules.Shown.MARKS)),
  /** Everything as soon as an attempt is submitted: for practice. */
  AFTER_SUBMIT(
      new ReviewRules(
          ReviewRules.Shown.EVERYTHING,
          ReviewRules.Shown.EVERYTHING,
          ReviewRules.Shown.EVERYTHING,
          ReviewRules.Shown.EVERYTHING)),
  /** The score until the quiz closes, everything after: answers do not pass round meanwhile. */
  AFTER_CLOSE(
      new ReviewRules(
          ReviewRules.Shown.MARKS,
          ReviewRules.Shown.MARKS,
          ReviewRules.Shown.MARKS,
          ReviewRules.Shown.EVERYTHING)),
  /**
   * The score until the learner's last attempt (or the close), everything after: a review never
   * hands over the key to the learner's next attempt. The post-test's default.
   */
  LAST_ATTEMPT(
      new ReviewRules(
          ReviewRules.Shown.MARKS,
          ReviewRules.Shown.MARKS,
          ReviewRules.Shown.EVERYTHING,
          ReviewRules.Shown.EVERYTHING)),
  CUSTOM(null);

  private final ReviewRules rules;

  ReviewMode(ReviewRules rules) {
    this.rules = rules;
  }

  /** The rules of this mode; null for {@link #CUSTOM}, whose rules are the quiz's own. */
  public ReviewRules rules() {
    return rules;
  }

  /** The mode whose rules these are, or {@link #CUSTOM}. */
  public static ReviewMode of(ReviewRules rules) {
    return Arrays.stream(values()).filter(m -> rules.equals(m.rules)).findFirst().orElse(CUSTOM);
  }
}
