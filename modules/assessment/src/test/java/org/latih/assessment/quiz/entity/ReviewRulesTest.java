package org.latih.assessment.quiz.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.latih.assessment.quiz.entity.ReviewRules.Shown;
import org.latih.kernel.rest.InvalidInputException;

class ReviewRulesTest {

  @Test
  void thePostTestShowsTheKeyOnlyAfterTheLastAttemptOrTheClose() {
    ReviewRules rules = QuizKind.POST_TEST.defaultReview().rules();

    assertEquals(Shown.MARKS, rules.at(false, false, true), "right after a failed first attempt");
    assertEquals(Shown.MARKS, rules.at(false, false, false), "later, attempts left");
    assertTrue(rules.at(false, true, true).rightAnswers(), "after the last attempt");
    assertTrue(rules.at(true, false, false).rightAnswers(), "after the close");
  }

  @Test
  void thePreTestShowsTheScoreOnlyAndNeverPassOrFail() {
    ReviewRules rules = QuizKind.PRE_TEST.defaultReview().rules();
    for (boolean closed : new boolean[] {false, true}) {
      assertEquals(Shown.MARKS, rules.at(closed, true, true));
    }
    Quiz pre = new Quiz(null, QuizKind.PRE_TEST, QuizSettings.preTest("Pre-test"), null);
    assertNull(pre.verdict(40), "a pass mark of 0 must not read as Lulus");
    Quiz post = new Quiz(null, QuizKind.POST_TEST, QuizSettings.postTest("Post-test"), null);
    assertFalse(post.verdict(40));
    assertTrue(post.verdict(70));
  }

  @Test
  void rulesAreStoredAsFourCodesAndOldModesMapOntoThem() {
    ReviewRules custom =
        new ReviewRules(
            new Shown(true, true, false, false),
            Shown.MARKS,
            new Shown(false, false, true, true),
            Shown.EVERYTHING);
    assertEquals("ma,m,rf,marf", custom.code());
    assertEquals(custom, ReviewRules.of(custom.code()));
    assertEquals(ReviewMode.CUSTOM, ReviewMode.of(custom));
    for (ReviewMode mode : ReviewMode.values()) {
      if (mode != ReviewMode.CUSTOM) {
        assertEquals(mode, ReviewMode.of(ReviewRules.of(mode.rules().code())));
      }
    }
  }

  @Test
  void settingsTakeANamedModeOrFullRulesAndRefuseHalfRules() {
    QuizSettings named = withReview(ReviewMode.AFTER_CLOSE, null);
    assertEquals(ReviewMode.AFTER_CLOSE.rules(), named.reviewRules());
    QuizSettings full = withReview(ReviewMode.SCORE_ONLY, ReviewMode.LAST_ATTEMPT.rules());
    assertEquals(ReviewMode.LAST_ATTEMPT, full.review(), "the rules win over the name");
    assertThrows(
        InvalidInputException.class,
        () -> withReview(null, new ReviewRules(Shown.MARKS, null, Shown.MARKS, Shown.MARKS)));
    assertThrows(InvalidInputException.class, () -> withReview(ReviewMode.CUSTOM, null));
  }

  private static QuizSettings withReview(ReviewMode mode, ReviewRules rules) {
    return new QuizSettings(
        "Kuis", null, null, null, 0, null, 0, true, true, mode, rules, false, null, 0);
  }
}
