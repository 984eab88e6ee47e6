package org.latih.assessment.question.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Cloze questions: what their content refuses, how gaps are graded and weighed, their JSON. */
class ClozeTest {

  private static final double EPS = 1e-9;

  private static Gap city(int number, double weight, boolean caseSensitive) {
    return new Gap(
        number,
        Gap.Kind.SHORT_ANSWER,
        weight,
        caseSensitive,
        null,
        false,
        List.of(new Choice("a", "Jakarta", 1, "Benar"), new Choice("b", "Batavia", 0.5, "Lama")),
        null);
  }

  private static Gap pi(int number, double weight) {
    return new Gap(
        number,
        Gap.Kind.NUMERIC,
        weight,
        false,
        null,
        false,
        null,
        List.of(new NumericAnswer(3.14, 0.01, 1, "Tepat"), NumericAnswer.anyOther(0, "Bukan")));
  }

  private static Gap colour(int number, double weight) {
    return new Gap(
        number,
        Gap.Kind.MULTIPLE_CHOICE,
        weight,
        false,
        Gap.Layout.VERTICAL,
        true,
        List.of(
            new Choice("a", "Merah", 0, "Bukan"),
            new Choice("b", "Hijau", 1, "Ya"),
            new Choice("c", "Biru", -0.5, null)),
        null);
  }

  /** Gap 1 (weight 2) a city, gap 2 (weight 1) pi, gap 3 (weight 1) a colour. */
  private static QuestionContent question() {
    return QuestionContent.cloze(
        "Rumpang",
        "<p>Ibu kota {#1}, pi {#2}, daun {#3}.</p>",
        List.of(city(1, 2, false), pi(2, 1), colour(3, 1)),
        "Umum",
        4);
  }

  private static Response answers(Map<String, String> byGap) {
    return Response.matching(byGap);
  }

  @Nested
  class Grading {

    @Test
    void allRightEarnsTheFullMark() {
      Grade g = question().grade(answers(Map.of("1", "jakarta", "2", "3,141", "3", "b")));
      assertEquals(1.0, g.fraction(), EPS);
      assertNull(g.feedback()); // feedback is per gap
    }

    @Test
    void eachGapCountsByItsWeight() {
      // city right (2 of 4), pi wrong, colour right (1 of 4)
      Grade g = question().grade(answers(Map.of("1", "Jakarta", "2", "4", "3", "b")));
      assertEquals(0.75, g.fraction(), EPS);
      // only pi right: 1 of 4
      assertEquals(0.25, question().grade(answers(Map.of("2", "3.14"))).fraction(), EPS);
    }

    @Test
    void partlyRightAnswersEarnTheirShareOfTheirGap() {
      // Batavia is half of weight 2: 1 of 4
      Grade g = question().grade(answers(Map.of("1", "Batavia")));
      assertEquals(0.25, g.fraction(), EPS);
      Map<Integer, Grade> gaps = question().gapGrades(answers(Map.of("1", "Batavia")));
      assertEquals(0.5, gaps.get(1).fraction(), EPS);
      assertEquals("Lama", gaps.get(1).feedback());
      assertEquals(0.0, gaps.get(2).fraction(), EPS);
    }

    @Test
    void aNegativeChoiceNeverTakesAGapBelowZero() {
      Grade g = question().grade(answers(Map.of("1", "Jakarta", "3", "c")));
      assertEquals(0.5, g.fraction(), EPS);
    }

    @Test
    void theNumericCatchAllGivesItsFeedback() {
      Map<Integer, Grade> gaps = question().gapGrades(answers(Map.of("2", "99")));
      assertEquals(0.0, gaps.get(2).fraction(), EPS);
      assertEquals("Bukan", gaps.get(2).feedback());
    }

    @Test
    void aMultipleResponseGapAddsItsPicksClampedToItsWeight() {
      Gap provinces =
          new Gap(
              1,
              Gap.Kind.MULTIPLE_RESPONSE,
              1,
              false,
              null,
              false,
              List.of(
                  new Choice("a", "NTT", 0.5, null),
                  new Choice("b", "NTB", 0.5, "Ya"),
                  new Choice("c", "Sumbar", -1, "Bukan")),
              null);
      assertEquals(Gap.Layout.VERTICAL, provinces.layout(), "check boxes, never a drop-down");
      QuestionContent q = QuestionContent.cloze("P", "Pilih {#1}", List.of(provinces), null, 1);
      assertEquals(1.0, q.grade(answers(Map.of("1", "a,b"))).fraction(), EPS);
      assertEquals(0.5, q.grade(answers(Map.of("1", "b"))).fraction(), EPS);
      assertEquals(0.0, q.grade(answers(Map.of("1", "a,b,c"))).fraction(), EPS);
      assertEquals("Ya", q.gapGrades(answers(Map.of("1", "b"))).get(1).feedback());
    }

    @Test
    void aCaseSensitiveGapWantsTheCaseWritten() {
      QuestionContent q =
          QuestionContent.cloze("K", "Kota {#1}", List.of(city(1, 1, true)), null, 1);
      assertEquals(0.0, q.grade(answers(Map.of("1", "jakarta"))).fraction(), EPS);
      assertEquals(1.0, q.grade(answers(Map.of("1", " Jakarta. "))).fraction(), EPS);
    }

    @Test
    void unknownChoicesAndEmptyResponsesEarnNothing() {
      assertEquals(0.0, question().grade(answers(Map.of("3", "z"))).fraction(), EPS);
      assertEquals(0.0, question().grade(Response.EMPTY).fraction(), EPS);
    }
  }

  @Nested
  class Refused {

    private void refused(String key, String text, List<Gap> gaps) {
      InvalidQuestionException e =
          assertThrows(
              InvalidQuestionException.class,
              () -> QuestionContent.cloze("Rumpang", text, gaps, null, 1));
      assertEquals(key, e.messageKey());
    }

    @Test
    void aClozeWithoutGaps() {
      refused("question.cloze", "Tanpa isian", List.of());
    }

    @Test
    void aMarkerWithoutAGap() {
      refused("question.gapMarker", "{#1} dan {#2}", List.of(city(1, 1, false)));
    }

    @Test
    void aGapWithoutAMarkerOrMarkedTwice() {
      refused("question.gapMarker", "{#1}", List.of(city(1, 1, false), pi(2, 1)));
      refused("question.gapMarker", "{#1} {#1}", List.of(city(1, 1, false)));
    }

    @Test
    void twoGapsWithOneNumber() {
      refused("question.gapMarker", "{#1}", List.of(city(1, 1, false), pi(1, 1)));
    }

    @Test
    void aGapWithoutARightAnswer() {
      Gap wrongOnly =
          new Gap(
              1,
              Gap.Kind.SHORT_ANSWER,
              1,
              false,
              null,
              false,
              List.of(new Choice("a", "x", 0, null)),
              null);
      refused("question.gapAnswer", "{#1}", List.of(wrongOnly));
      Gap noNumbers = new Gap(1, Gap.Kind.NUMERIC, 1, false, null, false, null, null);
      refused("question.gapAnswer", "{#1}", List.of(noNumbers));
    }

    @Test
    void moreChoiceOptionsThanAnAttemptCanHoldTokensFor() {
      List<Gap> gaps = new java.util.ArrayList<>();
      StringBuilder text = new StringBuilder();
      for (int n = 1; n <= 25; n++) { // 25 gaps of 5 options: 125 tokens
        List<Choice> choices = new java.util.ArrayList<>();
        for (int c = 0; c < 5; c++) {
          choices.add(new Choice("o" + c, "Pilihan " + c, c == 0 ? 1 : 0, null));
        }
        gaps.add(new Gap(n, Gap.Kind.MULTIPLE_CHOICE, 1, false, null, false, choices, null));
        text.append(Gap.marker(n)).append(' ');
      }
      refused("question.gapOptions", text.toString(), gaps);
      QuestionContent fits =
          QuestionContent.cloze(
              "R", text.toString().replace("{#25}", ""), gaps.subList(0, 24), null, 1);
      assertEquals(24, fits.gaps().size());
    }

    @Test
    void aZeroWeight() {
      refused("question.gapWeight", "{#1}", List.of(city(1, 0, false)));
    }

    @Test
    void gapsOnAnotherType() {
      InvalidQuestionException e =
          assertThrows(
              InvalidQuestionException.class,
              () ->
                  new QuestionContent(
                      QuestionType.ESSAY,
                      "E",
                      "{#1}",
                      null,
                      null,
                      null,
                      null,
                      1,
                      null,
                      TextFormat.PLAIN,
                      List.of(city(1, 1, false))));
      assertEquals("question.gapsNotCloze", e.messageKey());
    }
  }

  @Test
  void jsonRoundTripKeepsEveryGap() {
    QuestionContent q = question();
    String json = QuestionJson.write(q);
    assertEquals(q, QuestionJson.read(json));
    Response r = answers(Map.of("1", "Jakarta", "3", "b"));
    assertEquals(r, QuestionJson.readResponse(QuestionJson.write(r)));
  }

  @Test
  void jsonWithAnUnknownGapKindIsRefused() {
    String json = QuestionJson.write(question()).replace("\"NUMERIC\"", "\"ESSAY\"");
    InvalidQuestionException e =
        assertThrows(InvalidQuestionException.class, () -> QuestionJson.read(json));
    assertEquals("question.json", e.messageKey());
  }

  @Test
  void theOtherTypesKeepTheirConstructorsWithoutGaps() {
    QuestionContent essay =
        new QuestionContent(QuestionType.ESSAY, "E", "Tulis", null, null, null, null, 1);
    assertEquals(List.of(), essay.gaps());
    assertEquals(Map.of(), essay.gapGrades(Response.text("x")));
  }
}
