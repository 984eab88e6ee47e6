package org.latih.assessment.question.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The grade a learner sees for each type of question. */
class GradingTest {

  private static final double EPS = 1e-9;

  private static QuestionContent question(QuestionType type, List<Choice> choices) {
    return new QuestionContent(type, "q", "Pertanyaan?", choices, null, null, null, 1);
  }

  private static double fraction(QuestionContent q, Response r) {
    Grade grade = q.grade(r);
    assertFalse(grade.awaitsGrading(), "graded on submit");
    return grade.fraction();
  }

  @Nested
  class SingleChoice {

    private final QuestionContent q =
        question(
            QuestionType.SINGLE_CHOICE,
            List.of(
                new Choice("a", "Jakarta", 1, "Benar, ibu kota."),
                new Choice("b", "Bandung", 0, "Bandung ibu kota Jawa Barat."),
                new Choice("c", "Nusantara", 0.5, "Ibu kota yang sedang dibangun."),
                new Choice("d", "Medan", -0.5, null)));

    @Test
    void rightOptionEarnsTheFullMarkWithItsFeedback() {
      Grade grade = q.grade(Response.choosing("a"));
      assertEquals(1.0, grade.fraction(), EPS);
      assertEquals("Benar, ibu kota.", grade.feedback());
    }

    @Test
    void wrongOptionEarnsNothingButStillGivesItsFeedback() {
      Grade grade = q.grade(Response.choosing("b"));
      assertEquals(0.0, grade.fraction(), EPS);
      assertEquals("Bandung ibu kota Jawa Barat.", grade.feedback());
    }

    @Test
    void partlyRightOptionEarnsItsFraction() {
      Grade grade = q.grade(Response.choosing("c"));
      assertEquals(0.5, grade.fraction(), EPS);
      assertEquals("Ibu kota yang sedang dibangun.", grade.feedback());
    }

    @Test
    void aNegativeOptionNeverTakesTheGradeBelowZero() {
      Grade grade = q.grade(Response.choosing("d"));
      assertEquals(0.0, grade.fraction(), EPS);
      assertNull(grade.feedback());
    }

    @Test
    void unknownIdEarnsNothing() {
      Grade grade = q.grade(Response.choosing("z"));
      assertEquals(0.0, grade.fraction(), EPS);
      assertNull(grade.feedback());
    }

    @Test
    void namingTwoOptionsEarnsNothingEvenIfOneIsRight() {
      assertEquals(0.0, fraction(q, Response.choosing("a", "b")), EPS);
      assertEquals(0.0, fraction(q, Response.choosing("a", "c")), EPS);
      assertNull(q.grade(Response.choosing("a", "b")).feedback());
    }

    @Test
    void idsAreMatchedExactly() {
      assertEquals(0.0, fraction(q, Response.choosing("A")), EPS);
      assertEquals(0.0, fraction(q, Response.choosing(" a")), EPS);
    }

    @Test
    void aTextInsteadOfAChoiceEarnsNothing() {
      assertEquals(0.0, fraction(q, Response.text("a")), EPS);
    }
  }

  @Nested
  class MultipleResponse {

    private final QuestionContent q =
        question(
            QuestionType.MULTIPLE_RESPONSE,
            List.of(
                new Choice("a", "Integritas", 0.5, "Ya, integritas."),
                new Choice("b", "Akuntabilitas", 0.5, "Ya, akuntabilitas."),
                new Choice("c", "Nepotisme", -1, "Nepotisme bukan nilai ASN."),
                new Choice("d", "Hobi", 0, null)));

    @Test
    void bothRightOptionsEarnTheFullMark() {
      Grade grade = q.grade(Response.choosing("a", "b"));
      assertEquals(1.0, grade.fraction(), EPS);
      assertEquals("Ya, integritas. Ya, akuntabilitas.", grade.feedback());
    }

    @Test
    void orderOfPicksDoesNotMatter() {
      assertEquals(1.0, fraction(q, Response.choosing("b", "a")), EPS);
    }

    @Test
    void oneRightOptionEarnsHalf() {
      assertEquals(0.5, fraction(q, Response.choosing("a")), EPS);
      assertEquals(0.5, fraction(q, Response.choosing("b")), EPS);
    }

    @Test
    void aNeutralOptionNeitherAddsNorTakes() {
      assertEquals(0.5, fraction(q, Response.choosing("a", "d")), EPS);
      assertEquals(1.0, fraction(q, Response.choosing("a", "b", "d")), EPS);
    }

    @Test
    void aWrongPickCancelsRightOnesAndIsClampedAtZero() {
      Grade grade = q.grade(Response.choosing("a", "c"));
      assertEquals(0.0, grade.fraction(), EPS);
      assertEquals("Ya, integritas. Nepotisme bukan nilai ASN.", grade.feedback());
      assertEquals(0.0, fraction(q, Response.choosing("a", "b", "c")), EPS);
      assertEquals(0.0, fraction(q, Response.choosing("c")), EPS);
    }

    @Test
    void pickingEverythingEarnsNothing() {
      assertEquals(0.0, fraction(q, Response.choosing("a", "b", "c", "d")), EPS);
    }

    @Test
    void duplicatesAreNotCountedTwice() {
      Grade grade = q.grade(Response.choosing("a", "a"));
      assertEquals(0.5, grade.fraction(), EPS);
      assertEquals("Ya, integritas.", grade.feedback());
      assertEquals(1.0, fraction(q, Response.choosing("a", "a", "b", "b")), EPS);
    }

    @Test
    void unknownIdsAreIgnored() {
      assertEquals(0.5, fraction(q, Response.choosing("a", "x")), EPS);
      assertEquals(0.0, fraction(q, Response.choosing("x")), EPS);
    }

    @Test
    void rightFractionsAboveOneAreClamped() {
      QuestionContent generous =
          question(
              QuestionType.MULTIPLE_RESPONSE,
              List.of(
                  new Choice("a", "A", 1, null),
                  new Choice("b", "B", 1, null),
                  new Choice("c", "C", 0, null)));
      assertEquals(1.0, fraction(generous, Response.choosing("a", "b")), EPS);
    }
  }

  @Nested
  class TrueFalse {

    private final QuestionContent q =
        question(
            QuestionType.TRUE_FALSE,
            QuestionContent.TrueFalse.choices(false, "Tepat: ASN wajib netral.", "Keliru."));

    @Test
    void rightAnswerEarnsTheMarkWithTheRightFeedback() {
      Grade grade = q.grade(Response.choosing(QuestionContent.TrueFalse.FALSE));
      assertEquals(1.0, grade.fraction(), EPS);
      assertEquals("Tepat: ASN wajib netral.", grade.feedback());
    }

    @Test
    void wrongAnswerEarnsNothingWithTheWrongFeedback() {
      Grade grade = q.grade(Response.choosing(QuestionContent.TrueFalse.TRUE));
      assertEquals(0.0, grade.fraction(), EPS);
      assertEquals("Keliru.", grade.feedback());
    }

    @Test
    void bothAnswersEarnNothing() {
      assertEquals(0.0, fraction(q, Response.choosing("true", "false")), EPS);
    }

    @Test
    void aTrueStatement() {
      QuestionContent t =
          question(QuestionType.TRUE_FALSE, QuestionContent.TrueFalse.choices(true, "Ya", "Tidak"));
      assertEquals(1.0, fraction(t, Response.choosing("true")), EPS);
      assertEquals("Ya", t.grade(Response.choosing("true")).feedback());
      assertEquals(0.0, fraction(t, Response.choosing("false")), EPS);
      assertEquals("Tidak", t.grade(Response.choosing("false")).feedback());
    }
  }

  @Nested
  class ShortAnswer {

    private final QuestionContent q =
        question(
            QuestionType.SHORT_ANSWER,
            List.of(
                new Choice("1", "Pareto", 1, "Tepat."),
                new Choice("2", "Prinsip 80/20", 0.8, "Hampir: namanya prinsip Pareto."),
                new Choice("3", "prinsip pareto", 1, "Tepat sekali."),
                new Choice("4", "Café", 1, null)));

    @ParameterizedTest
    @ValueSource(
        strings = {
          "Pareto",
          "pareto",
          "PARETO",
          "  Pareto  ",
          "Pareto.",
          "Pareto!",
          "Pareto ...",
          "\tpareto\n",
          "Ｐａｒｅｔｏ" // full-width letters, as some Indonesian IMEs type them
        })
    void normalisedSpellingsOfTheAnswerAreRight(String given) {
      Grade grade = q.grade(Response.text(given));
      assertEquals(1.0, grade.fraction(), EPS);
      assertEquals("Tepat.", grade.feedback());
    }

    @Test
    void doubledInnerSpacesAndNonBreakingSpacesAreOneSpace() {
      assertEquals(1.0, fraction(q, Response.text("Prinsip   Pareto")), EPS);
      assertEquals(1.0, fraction(q, Response.text("prinsip\u00a0pareto")), EPS);
    }

    @Test
    void composedAndDecomposedAccentsMatch() {
      assertEquals(1.0, fraction(q, Response.text("Cafe\u0301")), EPS);
      assertEquals(1.0, fraction(q, Response.text("CAF\u00c9")), EPS);
    }

    @Test
    void aPartlyRightAnswerEarnsItsWeightAndFeedback() {
      Grade grade = q.grade(Response.text("prinsip 80/20."));
      assertEquals(0.8, grade.fraction(), EPS);
      assertEquals("Hampir: namanya prinsip Pareto.", grade.feedback());
    }

    @Test
    void theBestOfSeveralMatchingAnswersCounts() {
      QuestionContent twice =
          question(
              QuestionType.SHORT_ANSWER,
              List.of(
                  new Choice("low", "SKP", 0.3, "Singkatan saja."),
                  new Choice("high", "skp.", 0.9, "Hampir lengkap."),
                  new Choice("full", "Sasaran Kinerja Pegawai", 1, "Lengkap.")));
      Grade grade = twice.grade(Response.text("SKP"));
      assertEquals(0.9, grade.fraction(), EPS);
      assertEquals("Hampir lengkap.", grade.feedback());
      assertEquals(1.0, fraction(twice, Response.text("sasaran kinerja pegawai")), EPS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Paretto", "Pareto efficiency", "P areto", "80/20"})
    void otherAnswersEarnNothing(String given) {
      Grade grade = q.grade(Response.text(given));
      assertEquals(0.0, grade.fraction(), EPS);
      assertNull(grade.feedback());
    }

    @Test
    void blankTextIsUnanswered() {
      assertEquals(0.0, fraction(q, Response.text("   ")), EPS);
    }
  }

  @Nested
  class Numeric {

    private final QuestionContent q =
        new QuestionContent(
            QuestionType.NUMERIC,
            "anggaran",
            "Berapa?",
            null,
            List.of(
                new NumericAnswer(3.5, 0.05, 1, "Tepat."),
                new NumericAnswer(3.5, 0.5, 0.5, "Hampir."),
                new NumericAnswer(1250.5, 0, 1, "Tepat, seribu dua ratus lima puluh koma lima.")),
            null,
            null,
            2);

    @ParameterizedTest
    @ValueSource(strings = {"3.5", "3,5", " 3,50 ", "3.54", "3.46", "3,45"})
    void withinTheToleranceIsRight(String given) {
      Grade grade = q.grade(Response.text(given));
      assertEquals(1.0, grade.fraction(), EPS);
      assertEquals("Tepat.", grade.feedback());
    }

    @ParameterizedTest
    @ValueSource(strings = {"3.9", "3,1", "4", "3.0"})
    void withinTheWiderToleranceEarnsThePartFraction(String given) {
      Grade grade = q.grade(Response.text(given));
      assertEquals(0.5, grade.fraction(), EPS);
      assertEquals("Hampir.", grade.feedback());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.250,5", "1250,5", "1250.5", "1,250.5", "1 250,5"})
    void thousandsSeparatorsAndDecimalCommaAreRead(String given) {
      assertEquals(1.0, fraction(q, Response.text(given)), EPS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "3,5 juta", "tiga koma lima", "3..5", "NaN", "Infinity", "--3"})
    void garbageEarnsNothing(String given) {
      Grade grade = q.grade(Response.text(given));
      assertEquals(0.0, grade.fraction(), EPS);
      assertNull(grade.feedback());
    }

    @Test
    void outsideEveryToleranceEarnsNothing() {
      assertEquals(0.0, fraction(q, Response.text("4.1")), EPS);
      assertEquals(0.0, fraction(q, Response.text("-3.5")), EPS);
    }

    @Test
    void zeroToleranceStillForgivesBinaryRounding() {
      QuestionContent exact =
          new QuestionContent(
              QuestionType.NUMERIC,
              null,
              "0,1 + 0,2?",
              null,
              List.of(new NumericAnswer(0.3, 0, 1, null)),
              null,
              null,
              1);
      assertEquals(1.0, fraction(exact, Response.text("0,3")), EPS);
      assertEquals(1.0, fraction(exact, Response.text(String.valueOf(0.1 + 0.2))), EPS);
      assertEquals(0.0, fraction(exact, Response.text("0,31")), EPS);
    }

    @Test
    void indonesianThousandsWithoutDecimalsAreRead() {
      QuestionContent rupiah =
          new QuestionContent(
              QuestionType.NUMERIC,
              null,
              "Berapa rupiah?",
              null,
              List.of(new NumericAnswer(1_250_000, 0, 1, null)),
              null,
              null,
              1);
      assertEquals(1.0, fraction(rupiah, Response.text("1.250.000")), EPS);
      assertEquals(1.0, fraction(rupiah, Response.text("1.250.000,00")), EPS);
      assertEquals(1.0, fraction(rupiah, Response.text("1,250,000")), EPS);
      assertEquals(1.0, fraction(rupiah, Response.text("1250000")), EPS);
    }

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "3.5|3.5",
          "3,5|3.5",
          "-3,5|-3.5",
          "1.250,5|1250.5",
          "1,250.5|1250.5",
          "1.250.000|1250000",
          "1.250.000,75|1250000.75",
          "1,250,000|1250000",
          "0,001|0.001",
          "-12.345.678|-12345678",
          "1.250|1.25"
        })
    void numbersAreReadTheIndonesianWay(String text, double value) {
      assertEquals(value, Grading.number(text), EPS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"3..5", "1.2.3", "1.25.000", "1,2,3", "1.250.00", "abc", "", "NaN"})
    void misplacedSeparatorsAreNotANumber(String text) {
      assertNull(Grading.number(text));
    }
  }

  @Nested
  class Matching {

    private final QuestionContent q =
        new QuestionContent(
            QuestionType.MATCHING,
            null,
            "Pasangkan instansi dengan tugasnya.",
            null,
            null,
            List.of(
                new MatchPair("BKN", "Manajemen ASN"),
                new MatchPair("LAN", "Pelatihan ASN"),
                new MatchPair("KemenPAN-RB", "Reformasi birokrasi"),
                new MatchPair("BPK", "Pemeriksaan keuangan")),
            null,
            1);

    @Test
    void allPairsRightEarnTheFullMark() {
      Grade grade =
          q.grade(
              Response.matching(
                  Map.of(
                      "0", "Manajemen ASN",
                      "1", "Pelatihan ASN",
                      "2", "Reformasi birokrasi",
                      "3", "Pemeriksaan keuangan")));
      assertEquals(1.0, grade.fraction(), EPS);
      assertNull(grade.feedback());
    }

    @Test
    void eachPairIsAnEqualShare() {
      assertEquals(
          0.75,
          fraction(
              q,
              Response.matching(
                  Map.of(
                      "0", "Manajemen ASN",
                      "1", "Pelatihan ASN",
                      "2", "Pemeriksaan keuangan",
                      "3", "Pemeriksaan keuangan"))),
          EPS);
      assertEquals(0.25, fraction(q, Response.matching(Map.of("1", "Pelatihan ASN"))), EPS);
    }

    @Test
    void answersAreComparedNormalised() {
      assertEquals(
          0.5,
          fraction(q, Response.matching(Map.of("0", "manajemen  asn.", "1", " PELATIHAN ASN "))),
          EPS);
    }

    @Test
    void matchesAreKeyedByPromptIndexNotByPrompt() {
      assertEquals(
          0.0,
          fraction(q, Response.matching(Map.of("BKN", "Manajemen ASN", "LAN", "Pelatihan ASN"))),
          EPS);
      assertEquals(0.0, fraction(q, Response.matching(Map.of("4", "Manajemen ASN"))), EPS);
    }

    @Test
    void swappedAnswersEarnNothing() {
      assertEquals(
          0.0,
          fraction(q, Response.matching(Map.of("0", "Pelatihan ASN", "1", "Manajemen ASN"))),
          EPS);
    }

    @Test
    void threePairsGiveThirds() {
      QuestionContent three =
          new QuestionContent(
              QuestionType.MATCHING,
              null,
              "Pasangkan.",
              null,
              null,
              List.of(new MatchPair("a", "1"), new MatchPair("b", "2"), new MatchPair("c", "3")),
              null,
              1);
      assertEquals(
          2.0 / 3, fraction(three, Response.matching(Map.of("0", "1", "1", "2", "2", "x"))), EPS);
    }
  }

  @Nested
  class Essay {

    private final QuestionContent q =
        new QuestionContent(
            QuestionType.ESSAY, null, "Jelaskan nilai BerAKHLAK.", null, null, null, null, 10);

    @Test
    void anAnsweredEssayWaitsForAPerson() {
      Grade grade = q.grade(Response.text("Berorientasi pelayanan, akuntabel, ..."));
      assertTrue(grade.awaitsGrading());
      assertNull(grade.fraction());
      assertNull(grade.feedback());
    }

    @Test
    void aBlankEssayScoresNothingWithoutWaitingForAPerson() {
      assertEquals(0.0, q.grade(Response.EMPTY).fraction());
      assertEquals(0.0, q.grade(Response.text("   ")).fraction());
    }
  }

  @ParameterizedTest
  @EnumSource(QuestionType.class)
  void anEmptyResponseEarnsNothing(QuestionType type) {
    QuestionContent q = anyOf(type);
    for (Response empty :
        new Response[] {Response.EMPTY, null, Response.text(" "), new Response(null, null, null)}) {
      Grade grade = q.grade(empty);
      assertEquals(0.0, grade.fraction(), EPS, type + " " + empty);
      assertNull(grade.feedback());
    }
  }

  @ParameterizedTest
  @EnumSource(QuestionType.class)
  void onlyEssaysAreManual(QuestionType type) {
    assertEquals(type == QuestionType.ESSAY, type.manual());
  }

  static QuestionContent anyOf(QuestionType type) {
    return switch (type) {
      case SINGLE_CHOICE, MULTIPLE_RESPONSE ->
          question(type, List.of(new Choice("a", "A", 1, null), new Choice("b", "B", 0, null)));
      case TRUE_FALSE -> question(type, QuestionContent.TrueFalse.choices(true, null, null));
      case SHORT_ANSWER -> question(type, List.of(new Choice("1", "A", 1, null)));
      case NUMERIC ->
          new QuestionContent(
              type, null, "N?", null, List.of(new NumericAnswer(0, 0, 1, null)), null, null, 1);
      case MATCHING ->
          new QuestionContent(
              type,
              null,
              "M?",
              null,
              null,
              List.of(new MatchPair("a", "1"), new MatchPair("b", "2")),
              null,
              1);
      case ESSAY -> new QuestionContent(type, null, "E?", null, null, null, null, 1);
      case DESCRIPTION -> new QuestionContent(type, null, "D.", null, null, null, null, 0);
      case CLOZE ->
          QuestionContent.cloze(
              null,
              "C {#1}",
              List.of(
                  new Gap(
                      1,
                      Gap.Kind.SHORT_ANSWER,
                      1,
                      false,
                      null,
                      false,
                      List.of(new Choice("a", "A", 1, null)),
                      null)),
              null,
              1);
    };
  }
}
