package org.latih.assessment.question.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.latih.assessment.question.entity.Choice;
import org.latih.assessment.question.entity.Gap;
import org.latih.assessment.question.entity.NumericAnswer;
import org.latih.assessment.question.entity.QuestionContent;
import org.latih.assessment.question.entity.QuestionType;

/** Moodle's embedded-answer syntax read out of a cloze question in Moodle XML. */
class MoodleClozeTest {

  private static String cloze(String text) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n"
        + "<question type=\"cloze\">\n<name><text>Rumpang</text></name>\n"
        + "<questiontext format=\"html\"><text><![CDATA["
        + text
        + "]]></text></questiontext>\n"
        + "<generalfeedback format=\"html\"><text>Umum</text></generalfeedback>\n"
        + "</question>\n</quiz>\n";
  }

  private static QuestionContent one(String text) {
    ImportResult result = MoodleXmlFormat.parse(cloze(text));
    assertEquals(List.of(), result.problems());
    assertEquals(1, result.questions().size());
    return result.questions().get(0).content();
  }

  private static ImportProblem problem(String text) {
    ImportResult result = MoodleXmlFormat.parse(cloze(text));
    assertEquals(List.of(), result.questions());
    assertEquals(1, result.problems().size(), result.problems().toString());
    ImportProblem p = result.problems().get(0);
    assertEquals(3, p.line()); // the line of <question type="cloze">
    return p;
  }

  @Test
  void shortAnswerGapWithPartialCreditAndFeedbackBecomesAMarkedGap() {
    QuestionContent q =
        one("<p>Ibu kota: {1:SHORTANSWER:=Jakarta#Benar~%50%Batavia#Nama lama}.</p>");
    assertEquals(QuestionType.CLOZE, q.type());
    assertEquals("<p>Ibu kota: {#1}.</p>", q.text());
    assertEquals("Umum", q.generalFeedback());
    Gap gap = q.gaps().get(0);
    assertEquals(Gap.Kind.SHORT_ANSWER, gap.kind());
    assertEquals(1, gap.weight());
    assertFalse(gap.caseSensitive());
    assertEquals(
        List.of(
            new Choice("a", "Jakarta", 1, "Benar"), new Choice("b", "Batavia", 0.5, "Nama lama")),
        gap.choices());
    assertEquals(1, q.defaultMark()); // the sum of the weights when the file gives no grade
  }

  @ParameterizedTest
  @CsvSource({
    "SHORTANSWER, SHORT_ANSWER, false",
    "SA, SHORT_ANSWER, false",
    "MW, SHORT_ANSWER, false",
    "SHORTANSWER_C, SHORT_ANSWER, true",
    "SAC, SHORT_ANSWER, true",
    "MWC, SHORT_ANSWER, true"
  })
  void everyShortAnswerSpelling(String type, Gap.Kind kind, boolean caseSensitive) {
    Gap gap = one("Kota {1:" + type + ":=Jakarta}").gaps().get(0);
    assertEquals(kind, gap.kind());
    assertEquals(caseSensitive, gap.caseSensitive());
  }

  @ParameterizedTest
  @CsvSource({
    "MULTICHOICE, DROPDOWN, false",
    "MC, DROPDOWN, false",
    "MULTICHOICE_V, VERTICAL, false",
    "MCV, VERTICAL, false",
    "MULTICHOICE_H, HORIZONTAL, false",
    "MCH, HORIZONTAL, false",
    "MULTICHOICE_S, DROPDOWN, true",
    "MCS, DROPDOWN, true",
    "MULTICHOICE_VS, VERTICAL, true",
    "MCVS, VERTICAL, true",
    "MULTICHOICE_HS, HORIZONTAL, true",
    "MCHS, HORIZONTAL, true"
  })
  void everyMultipleChoiceSpellingIsAChoiceGapWithItsLayout(
      String type, Gap.Layout layout, boolean shuffle) {
    Gap gap = one("Warna {1:" + type + ":Merah~=Hijau#Ya~Biru}").gaps().get(0);
    assertEquals(Gap.Kind.MULTIPLE_CHOICE, gap.kind());
    assertEquals(layout, gap.layout());
    assertEquals(shuffle, gap.shuffle());
    assertEquals(
        List.of("Merah", "Hijau", "Biru"), gap.choices().stream().map(Choice::text).toList());
    assertEquals("Ya", gap.choices().get(1).feedback());
    assertTrue(gap.choices().get(1).right());
  }

  @Test
  void numericGapWithToleranceCatchAllAndShortName() {
    QuestionContent q = one("Pi {2:NUMERICAL:=3.14:0.01#Tepat~%50%3:0.5~*#Bukan} dan {:NM:=2}");
    Gap pi = q.gaps().get(0);
    assertEquals(Gap.Kind.NUMERIC, pi.kind());
    assertEquals(2, pi.weight());
    assertEquals(
        List.of(
            new NumericAnswer(3.14, 0.01, 1, "Tepat"),
            new NumericAnswer(3, 0.5, 0.5, null),
            NumericAnswer.anyOther(0, "Bukan")),
        pi.numbers());
    assertEquals("Pi {#1} dan {#2}", q.text()); // weights are optional, gaps numbered in order
    assertEquals(new NumericAnswer(2, 0, 1, null), q.gaps().get(1).numbers().get(0));
    assertEquals(3, q.defaultMark());
  }

  @Test
  void weightsAndTheFilesGradeAreKept() {
    String xml =
        cloze("{3:SA:=a} {1:SA:=b}")
            .replace("</question>", "<defaultgrade>8</defaultgrade></question>");
    QuestionContent q = MoodleXmlFormat.parse(xml).questions().get(0).content();
    assertEquals(List.of(3.0, 1.0), q.gaps().stream().map(Gap::weight).toList());
    assertEquals(8, q.defaultMark());
  }

  @Test
  void escapesAreResolvedInAnswersAndFeedback() {
    Gap gap = one("X {1:SA:=a\\}b\\~c\\#d\\/e\\\"f\\\\g#umpan \\# balik~=h&amp;i}").gaps().get(0);
    assertEquals("a}b~c#d/e\"f\\g", gap.choices().get(0).text());
    assertEquals("umpan # balik", gap.choices().get(0).feedback());
    assertEquals("h&i", gap.choices().get(1).text());
  }

  @Test
  void textThatOnlyLooksLikeBracesStaysText() {
    QuestionContent q = one("Himpunan {a, b} dan {1:SA:=c}");
    assertEquals("Himpunan {a, b} dan {#1}", q.text());
  }

  @Test
  void anUnclosedGapIsAProblemOfItsQuestionsLine() {
    ImportProblem p = problem("Kota {1:SA:=Jakarta");
    assertEquals("moodleXml.clozeSyntax", p.messageKey());
    assertEquals(1, p.args().get(2)); // gap 1
  }

  @Test
  void anUnknownGapTypeIsNamed() {
    ImportProblem p = problem("Kota {1:SA:=Jakarta} {1:ESSAY:=x}");
    assertEquals("moodleXml.clozeType", p.messageKey());
    assertEquals(List.of(3, "Rumpang", 2, "ESSAY"), p.args());
  }

  @ParameterizedTest
  @CsvSource({
    "MULTIRESPONSE, VERTICAL, false",
    "MR, VERTICAL, false",
    "MULTIRESPONSE_H, HORIZONTAL, false",
    "MRH, HORIZONTAL, false",
    "MULTIRESPONSE_S, VERTICAL, true",
    "MRS, VERTICAL, true",
    "MULTIRESPONSE_HS, HORIZONTAL, true",
    "MRHS, HORIZONTAL, true"
  })
  void everyMultipleResponseSpellingIsACheckBoxGap(
      String type, Gap.Layout layout, boolean shuffle) {
    Gap gap = one("Pilih {1:" + type + ":%50%NTT~%50%NTB~%-100%Sumbar#Bukan}").gaps().get(0);
    assertEquals(Gap.Kind.MULTIPLE_RESPONSE, gap.kind());
    assertEquals(layout, gap.layout());
    assertEquals(shuffle, gap.shuffle());
    assertEquals(List.of(0.5, 0.5, -1.0), gap.choices().stream().map(Choice::fraction).toList());
  }

  @Test
  void aNumericGapWithAWordIsRefused() {
    ImportProblem p = problem("Pi {1:NUMERICAL:=tiga}");
    assertEquals("moodleXml.clozeNumber", p.messageKey());
    assertEquals("tiga", p.args().get(3));
  }

  @Test
  void aGapWithoutARightAnswerIsRefused() {
    assertEquals("question.gapAnswer", problem("Kota {1:SA:Jakarta~Bandung}").messageKey());
    assertEquals("question.gapAnswer", problem("Warna {1:MC:=Merah}").messageKey());
  }

  @Test
  void aBadPercentIsRefused() {
    assertEquals("moodleXml.clozeSyntax", problem("Kota {1:SA:%abc%Jakarta}").messageKey());
    assertEquals("moodleXml.clozeSyntax", problem("Kota {1:SA:%150%Jakarta}").messageKey());
  }

  @Test
  void aClozeQuestionWithoutGapsIsRefused() {
    assertEquals("moodleXml.clozeEmpty", problem("Tidak ada isian di sini.").messageKey());
  }

  @Test
  void aLiteralMarkerInTheTextCannotPoseAsAGap() {
    // {#2} written by the author would be an input nothing grades
    assertEquals("question.gapMarker", problem("{1:SA:=a} dan {#2}").messageKey());
  }

  @Test
  void oneBadClozeQuestionDoesNotHideTheGoodOnes() {
    String xml =
        cloze("Kota {1:SA:=Jakarta")
            .replace(
                "</quiz>",
                "<question type=\"cloze\"><name><text>Baik</text></name><questiontext><text>"
                    + "Kota {1:SA:=Jakarta}</text></questiontext></question>\n</quiz>");
    ImportResult result = MoodleXmlFormat.parse(xml);
    assertEquals(1, result.questions().size());
    assertEquals(1, result.problems().size());
    assertNull(result.questions().get(0).content().generalFeedback());
  }

  @Test
  void giftExportLeavesAClozeQuestionOutAndSaysSo() {
    QuestionContent cloze = one("Kota {1:SA:=Jakarta}");
    QuestionContent essay =
        new QuestionContent(QuestionType.ESSAY, "Esai", "Tulis.", null, null, null, null, 1);
    String gift =
        GiftFormat.write(
            List.of(
                new ImportedQuestion("k", cloze, 1, List.of("t")),
                new ImportedQuestion("k", essay, 2, List.of())));
    assertTrue(gift.contains("// cloze question not exported"), gift);
    assertTrue(gift.contains("Rumpang"), gift);
    ImportResult back = GiftFormat.parse(gift);
    assertEquals(List.of(), back.problems());
    assertEquals(List.of(essay), back.questions().stream().map(ImportedQuestion::content).toList());
  }

  @Test
  void theClozeFixtureImportsWithEveryGapKind() throws java.io.IOException {
    String xml;
    try (var in =
        getClass().getResourceAsStream("/org/latih/testing/fixtures/bank-moodle-cloze.xml")) {
      xml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    ImportResult result = MoodleXmlFormat.parse(xml);
    assertEquals(List.of(), result.problems());
    assertEquals(2, result.questions().size());
    ImportedQuestion cloze = result.questions().get(0);
    assertEquals("RUMPANG-01", cloze.idnumber());
    QuestionContent q = cloze.content();
    assertEquals(QuestionType.CLOZE, q.type());
    assertEquals(6, q.defaultMark());
    assertEquals(
        List.of(
            Gap.Kind.SHORT_ANSWER,
            Gap.Kind.NUMERIC,
            Gap.Kind.MULTIPLE_CHOICE,
            Gap.Kind.MULTIPLE_CHOICE,
            Gap.Kind.MULTIPLE_RESPONSE),
        q.gaps().stream().map(Gap::kind).toList());
    assertEquals(List.of(2.0, 1.0, 1.0, 1.0, 1.0), q.gaps().stream().map(Gap::weight).toList());
    assertTrue(q.text().contains("adalah {#1}. Nilai pi"), q.text());
    assertFalse(q.text().contains("Jakarta"), "no answer is left in the text");
    Gap padang = q.gaps().get(3);
    assertEquals(Gap.Layout.VERTICAL, padang.layout());
    assertTrue(padang.shuffle());
    assertEquals("Bukittinggi {dulu ibu kota}", padang.choices().get(2).text());
  }
}
