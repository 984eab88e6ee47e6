package org.latih.assessment.attempt.control;

import java.time.Instant;
import org.latih.assessment.quiz.entity.ReviewRules.Shown;

/**
 * What a person sees of a submitted attempt now and, while the right answers are held back, when
 * they will be shown: after the learner's last attempt, or when the quiz closes ({@code opensAt}).
 */
public record ReviewWindow(Shown shown, Opens opens, Instant opensAt) {

  /** Staff, and the quiz's editors, always see the whole review. */
  public static final ReviewWindow EVERYTHING = new ReviewWindow(Shown.EVERYTHING, null, null);

  public enum Opens {
    LAST_ATTEMPT,
    CLOSE
  }
}
