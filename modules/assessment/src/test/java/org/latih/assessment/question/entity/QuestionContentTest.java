package org.latih.assessment.question.entity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Content that could not be graded is refused with a message key; the best fraction is known. */
class QuestionContentTest {

  private static final double EPS = 1e-9;

  private static void refused(String key, Executable creation) {
    InvalidQuestionException e = assertThrows(InvalidQuestionException.class, creation);
    assertEquals(key, e.messageKey());
    assertEquals("question", e.field());
    assertEquals(400, e.type().status());
  }

  private static QuestionContent choices(QuestionType type, Choice... choices) {
    return new QuestionContent(type, "q", "Pertanyaan?", List.of(choices), null, null, null, 1);
  }

  @ParameterizedTest
  @EnumSource(
      value = QuestionType.class,
      names = {"SINGLE_CHOICE", "MULTIPLE_RESPONSE"})
  void aChoiceQuestionWithoutARightOptionIsRefused(QuestionType type) {
    refused(
        "question.choices",
        () -> choices(type, new Choice("a", "A", 0, null), new Choice("b", "B", -0.5, null)));
  }

  @ParameterizedTest
  @EnumSource(
      value = QuestionType.class,
      names = {"SINGLE_CHOICE", "MULTIPLE_RESPONSE"})
  void aChoiceQuestionWithOneOptionIsRefused(QuestionType type) {
    refused("question.choices", () -> choices(type, new Choice("a", "A", 1, null)));
    refused(
        "question.choices",
        () -> new QuestionContent(type, null, "Tanpa pilihan?", null, null, null, null, 1));
  }

  @Test
  void aShortAnswerWithoutAnAcceptedAnswerIsRefused() {
    refused(
        "question.shortAnswer",
        () -> choices(QuestionType.SHORT_ANSWER, new Choice("1", "salah", 0, null)));
    refused("question.shortAnswer", () -> choices(QuestionType.SHORT_ANSWER));
  }

  @Test
  void trueFalseNeedsExactlyTheTrueAndFalseIds() {
    refused(
        "question.trueFalse",
        () ->
            choices(
                QuestionType.TRUE_FALSE,
                new Choice("benar", "Benar", 1, null),
                new Choice("salah", "Salah", 0, null)));
    refused(
        "question.trueFalse",
        () -> choices(QuestionType.TRUE_FALSE, new Choice("true", "Benar", 1, null)));
    refused(
        "question.trueFalse",
        () ->
            choices(
                QuestionType.TRUE_FALSE,
                new Choice("true", "Benar", 1, null),
                new Choice("false", "Salah", 0, null),
                new Choice("maybe", "Mungkin", 0, null)));
  }

  @Test
  void trueFalseNeedsExactlyOneRightAnswer() {
    refused(
        "question.trueFalse",
        () ->
            choices(
                QuestionType.TRUE_FALSE,
                new Choice("true", "Benar", 1, null),
                new Choice("false", "Salah", 1, null)));
    refused(
        "question.trueFalse",
        () ->
            choices(
                QuestionType.TRUE_FALSE,
                new Choice("true", "Benar", 0, null),
                new Choice("false", "Salah", 0, null)));
    assertDoesNotThrow(
        () ->
            choices(
                QuestionType.TRUE_FALSE,
                QuestionContent.TrueFalse.choices(true, null, null).toArray(Choice[]::new)));
  }

  @Test
  void matchingNeedsTwoPairs() {
    refused(
        "question.matching",
        () ->
            new QuestionContent(
                QuestionType.MATCHING,
                null,
                "Pasangkan.",
                null,
                null,
                List.of(new MatchPair("BKN", "Manajemen ASN")),
                null,
                1));
    refused(
        "question.matching",
        () ->
            new QuestionContent(
                QuestionType.MATCHING, null, "Pasangkan.", null, null, null, null, 1));
  }

  @Test
  void aMatchPairNeedsBothSides() {
    refused("question.matchPair", () -> new MatchPair("BKN", " "));
    refused("question.matchPair", () -> new MatchPair(null, "Manajemen ASN"));
  }

  @Test
  void numericNeedsAnAcceptedNumber() {
    refused(
        "question.numeric",
        () ->
            new QuestionContent(QuestionType.NUMERIC, null, "Berapa?", null, null, null, null, 1));
  }

  @Test
  void aNegativeOrMissingToleranceIsRefused() {
    refused("question.tolerance", () -> new NumericAnswer(1, -0.1, 1, null));
    refused("question.tolerance", () -> new NumericAnswer(Double.NaN, 0, 1, null));
    refused("question.tolerance", () -> new NumericAnswer(1, Double.NaN, 1, null));
    refused("question.tolerance", () -> new NumericAnswer(Double.POSITIVE_INFINITY, 0, 1, null));
  }

  @Test
  void aNumericAnswerCannotTakeMarksAway() {
    refused("question.fraction", () -> new NumericAnswer(1, 0, -0.5, null));
    refused("question.fraction", () -> new NumericAnswer(1, 0, 1.5, null));
    refused("question.fraction", () -> new NumericAnswer(1, 0, Double.NaN, null));
  }

  @ParameterizedTest
  @ValueSource(doubles = {0, -1, 100.5, Double.NaN, Double.POSITIVE_INFINITY})
  void aMarkOutside0To100IsRefused(double mark) {
    refused(
        "question.mark",
        () ->
            new QuestionContent(
                QuestionType.ESSAY, null, "Jelaskan.", null, null, null, null, mark));
  }

  @Test
  void marksUpTo100AreAccepted() {
    assertDoesNotThrow(
        () ->
            new QuestionContent(
                QuestionType.ESSAY, null, "Jelaskan.", null, null, null, null, 100));
    assertDoesNotThrow(
        () ->
            new QuestionContent(
                QuestionType.ESSAY, null, "Jelaskan.", null, null, null, null, 0.5));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\n\t"})
  void blankTextIsRefused(String text) {
    refused(
        "question.text",
        () -> new QuestionContent(QuestionType.ESSAY, "nama", text, null, null, null, null, 1));
  }

  @Test
  void missingTextOrTypeIsRefused() {
    refused(
        "question.text",
        () -> new QuestionContent(QuestionType.ESSAY, "nama", null, null, null, null, null, 1));
    refused(
        "question.typeMissing",
        () -> new QuestionContent(null, "nama", "Teks", null, null, null, null, 1));
  }

  @Test
  void aRefusalNeverSaysNull() {
    InvalidQuestionException noText =
        assertThrows(
            InvalidQuestionException.class,
            () -> new QuestionContent(QuestionType.ESSAY, null, null, null, null, null, null, 1));
    assertEquals("question.textMissing", noText.messageKey());
    InvalidQuestionException pair =
        assertThrows(InvalidQuestionException.class, () -> new MatchPair("Kota", null));
    for (String language : new String[] {"id", "en"}) {
      String said =
          org.latih.kernel.i18n.Messages.text(
              java.util.Locale.forLanguageTag(language),
              pair.messageKey(),
              pair.fieldProblems().get(0).args());
      assertFalse(said.contains("null"), said);
    }
  }

  @Test
  void duplicateOrMissingChoiceIdsAreRefused() {
    refused(
        "question.choiceId",
        () ->
            choices(
                QuestionType.SINGLE_CHOICE,
                new Choice("a", "A", 1, null),
                new Choice("a", "B", 0, null)));
    refused(
        "question.choiceId",
        () ->
            choices(
                QuestionType.SHORT_ANSWER,
                new Choice(null, "jawaban", 1, null),
                new Choice("2", "lain", 1, null)));
  }

  @ParameterizedTest
  @ValueSource(doubles = {-1.01, 1.01, 2, -100, Double.NaN, Double.POSITIVE_INFINITY})
  void aFractionOutsideMinusOneToOneIsRefused(double fraction) {
    InvalidQuestionException e =
        assertThrows(InvalidQuestionException.class, () -> new Choice("a", "Opsi", fraction, null));
    assertEquals("question.fraction", e.messageKey());
    assertEquals("Opsi", e.args()[0]);
  }

  @ParameterizedTest
  @ValueSource(doubles = {-1, -0.5, 0, 0.333, 1})
  void fractionsFromMinusOneToOneAreAccepted(double fraction) {
    assertEquals(fraction, new Choice("a", "Opsi", fraction, null).fraction());
  }

  @Test
  void blanksAreTidied() {
    Choice c = new Choice("a", null, 1, "  ");
    assertEquals("", c.text());
    assertNull(c.feedback());
    QuestionContent q =
        new QuestionContent(QuestionType.ESSAY, "  Esai 1 ", "Jelaskan.", null, null, null, " ", 1);
    assertEquals("Esai 1", q.name());
    assertNull(q.generalFeedback());
    assertTrue(q.choices().isEmpty() && q.numbers().isEmpty() && q.pairs().isEmpty());
  }

  @Test
  void aMissingNameIsTakenFromTheText() {
    String longText = "Sebutkan   tiga\nnilai dasar ASN ".repeat(5);
    QuestionContent q =
        new QuestionContent(QuestionType.ESSAY, null, longText, null, null, null, null, 1);
    assertEquals(60, q.name().length());
    assertTrue(q.name().startsWith("Sebutkan tiga nilai dasar ASN Sebutkan"));
    assertTrue(q.name().endsWith("..."));
    assertEquals(
        "Apa itu SKP?",
        new QuestionContent(QuestionType.ESSAY, " ", " Apa itu  SKP? ", null, null, null, null, 1)
            .name());
  }

  @Test
  void listsAreCopied() {
    List<Choice> options =
        new ArrayList<>(List.of(new Choice("a", "A", 1, null), new Choice("b", "B", 0, null)));
    QuestionContent q =
        new QuestionContent(QuestionType.SINGLE_CHOICE, null, "?", options, null, null, null, 1);
    options.clear();
    assertEquals(2, q.choices().size());
    assertThrows(UnsupportedOperationException.class, () -> q.choices().clear());
  }
}
