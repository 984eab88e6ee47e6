package org.latih.assessment.question.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.latih.assessment.question.entity.Choice;
import org.latih.assessment.question.entity.MatchPair;
import org.latih.assessment.question.entity.NumericAnswer;
import org.latih.assessment.question.entity.QuestionContent;
import org.latih.assessment.question.entity.QuestionType;

/** Moodle XML import: each supported type, unsupported ones reported, hostile XML refused. */
class MoodleXmlFormatTest {

  private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n";

  private static String quiz(String... questions) {
    return HEAD + String.join("\n", questions) + "\n</quiz>\n";
  }

  private static String question(String type, String name, String body) {
    return "<question type=\""
        + type
        + "\">\n<name><text>"
        + name
        + "</text></name>\n<questiontext format=\"html\"><text><![CDATA[<p>Teks "
        + name
        + "</p>]]></text></questiontext>\n"
        + body
        + "\n</question>";
  }

  private static String answer(String fraction, String text, String feedback) {
    return "<answer fraction=\""
        + fraction
        + "\" format=\"html\"><text>"
        + text
        + "</text>"
        + (feedback == null ? "" : "<feedback><text>" + feedback + "</text></feedback>")
        + "</answer>";
  }

  private static QuestionContent one(String xml) {
    ImportResult result = MoodleXmlFormat.parse(xml);
    assertEquals(List.of(), result.problems());
    assertEquals(1, result.questions().size());
    return result.questions().get(0).content();
  }

  @Test
  void singleChoiceWithFeedbackGradeTagsAndGeneralFeedback() {
    ImportResult result =
        MoodleXmlFormat.parse(
            quiz(
                "<question type=\"category\"><category><text>$course$/top/Etika/Pre</text>"
                    + "</category></question>",
                question(
                    "multichoice",
                    "K01",
                    "<generalfeedback><text>Umum</text></generalfeedback>"
                        + "<defaultgrade>2.0000000</defaultgrade><single>true</single>"
                        + answer("100", "benar", "Tepat")
                        + answer("0", "salah", null)
                        + answer("0", "", null)
                        + "<tags><tag><text>etika</text></tag><tag><text>dasar</text></tag></tags>")));
    assertEquals(List.of(), result.problems());
    ImportedQuestion q = result.questions().get(0);
    assertEquals("Etika/Pre", q.category());
    assertEquals(List.of("etika", "dasar"), q.tags());
    assertEquals(4, q.line());
    QuestionContent c = q.content();
    assertEquals(QuestionType.SINGLE_CHOICE, c.type());
    assertEquals("K01", c.name());
    assertEquals("<p>Teks K01</p>", c.text());
    assertEquals(
        List.of(new Choice("a", "benar", 1, "Tepat"), new Choice("b", "salah", 0, null)),
        c.choices());
    assertEquals("Umum", c.generalFeedback());
    assertEquals(2, c.defaultMark());
  }

  @Test
  void multipleResponseWhenSingleIsFalse() {
    QuestionContent c =
        one(
            quiz(
                question(
                    "multichoice",
                    "MR",
                    "<single>false</single>"
                        + answer("33.33333", "a", null)
                        + answer("33.33333", "b", null)
                        + answer("33.33333", "c", null)
                        + answer("-100", "d", "jangan"))));
    assertEquals(QuestionType.MULTIPLE_RESPONSE, c.type());
    assertEquals(
        List.of(0.3333333, 0.3333333, 0.3333333, -1.0),
        c.choices().stream().map(Choice::fraction).toList());
  }

  @Test
  void trueFalseMapsFeedbackToItsOption() {
    QuestionContent c =
        one(
            quiz(
                question(
                    "truefalse",
                    "TF",
                    answer("0", "true", "Keliru") + answer("100", "false", "Tepat"))));
    assertEquals(QuestionType.TRUE_FALSE, c.type());
    assertEquals(QuestionContent.TrueFalse.choices(false, "Tepat", "Keliru"), c.choices());
  }

  @Test
  void trueFalseWithoutOneRightAnswerIsReported() {
    ImportResult r =
        MoodleXmlFormat.parse(
            quiz(
                question(
                    "truefalse", "TF", answer("0", "true", null) + answer("0", "false", null))));
    assertEquals(List.of(ImportProblem.of(3, "question.trueFalse", "TF")), r.problems());
  }

  @Test
  void shortAnswer() {
    QuestionContent c =
        one(
            quiz(
                question(
                    "shortanswer",
                    "SA",
                    "<usecase>0</usecase>"
                        + answer("100", "Pomodoro", "ya")
                        + answer("50", "tomat", null))));
    assertEquals(QuestionType.SHORT_ANSWER, c.type());
    assertEquals(
        List.of(new Choice("a", "Pomodoro", 1, "ya"), new Choice("b", "tomat", 0.5, null)),
        c.choices());
  }

  @Test
  void numerical() {
    QuestionContent c =
        one(
            quiz(
                question(
                    "numerical",
                    "NM",
                    "<answer fraction=\"100\"><text>3.14</text><tolerance>0.01</tolerance>"
                        + "<feedback><text>tepat</text></feedback></answer>"
                        + "<answer fraction=\"50\"><text>3</text></answer>")));
    assertEquals(QuestionType.NUMERIC, c.type());
    assertEquals(
        List.of(new NumericAnswer(3.14, 0.01, 1, "tepat"), new NumericAnswer(3, 0, 0.5, null)),
        c.numbers());
  }

  @Test
  void numericalAnswerThatIsNotANumberIsReported() {
    ImportResult r =
        MoodleXmlFormat.parse(
            quiz(
                question(
                    "numerical", "NM", "<answer fraction=\"100\"><text>tiga</text></answer>")));
    assertEquals(
        List.of(ImportProblem.of(3, "moodleXml.badNumber", 3, "NM", "tiga")), r.problems());
  }

  @Test
  void fractionWithAnExponentBeyondAnyGradeIsReported() {
    for (String fraction : List.of("1e999999999", "1e-2147483647")) {
      ImportResult r =
          MoodleXmlFormat.parse(
              quiz(
                  question(
                      "multichoice",
                      "MC",
                      "<answer fraction=\""
                          + fraction
                          + "\"><text>ya</text></answer>"
                          + "<answer fraction=\"0\"><text>tidak</text></answer>")));
      assertEquals(List.of(), r.questions(), fraction);
      assertEquals(
          List.of(ImportProblem.of(3, "moodleXml.badNumber", 3, "MC", fraction)), r.problems());
    }
  }

  @Test
  void matching() {
    QuestionContent c =
        one(
            quiz(
                question(
                    "matching",
                    "MT",
                    "<subquestion format=\"html\"><text>kucing</text><answer><text>ikan</text>"
                        + "</answer></subquestion><subquestion format=\"html\"><text>sapi</text>"
                        + "<answer><text>rumput</text></answer></subquestion>")));
    assertEquals(QuestionType.MATCHING, c.type());
    assertEquals(
        List.of(new MatchPair("kucing", "ikan"), new MatchPair("sapi", "rumput")), c.pairs());
  }

  @Test
  void matchingDistractorIsAnExtraWrongAnswer() {
    QuestionContent c =
        one(
            quiz(
                question(
                    "matching",
                    "MT",
                    "<subquestion><text>a</text><answer><text>1</text></answer></subquestion>"
                        + "<subquestion><text>b</text><answer><text>2</text></answer></subquestion>"
                        + "<subquestion><text></text><answer><text>3</text></answer></subquestion>")));
    assertEquals(List.of(new MatchPair("a", "1"), new MatchPair("b", "2")), c.pairs());
    assertEquals(List.of("3"), c.distractors());
    assertEquals(List.of("1", "2", "3"), c.matchingAnswers());
  }

  @Test
  void essay() {
    QuestionContent c =
        one(quiz(question("essay", "ES", "<responseformat>editor</responseformat>")));
    assertEquals(QuestionType.ESSAY, c.type());
  }

  @Test
  void unsupportedTypesAreReportedWithLineAndName() {
    String xml =
        quiz(
            question("multianswer", "Cloze", ""),
            question("essay", "ES", ""),
            question("calculated", "Hitung", ""),
            question("ddwtos", "Seret", ""),
            question("description", "Info", ""),
            question("random", "Acak", ""));
    ImportResult r = MoodleXmlFormat.parse(xml);
    assertEquals(2, r.questions().size());
    assertEquals(8, r.questions().get(0).line());
    assertEquals(QuestionType.DESCRIPTION, r.questions().get(1).content().type());
    assertEquals(
        List.of(
            ImportProblem.of(3, "moodleXml.unsupportedType", 3, "Cloze", "multianswer"),
            ImportProblem.of(13, "moodleXml.calculated", 13, "Hitung", "calculated"),
            ImportProblem.of(18, "moodleXml.unsupportedType", 18, "Seret", "ddwtos"),
            ImportProblem.of(28, "moodleXml.unsupportedType", 28, "Acak", "random")),
        r.problems());
  }

  @Test
  void aRefusalNeverSaysNullOrThatAQuestionWasSkipped() {
    String unnamed =
        "<question type=\"ddmarker\"><questiontext><text>Tandai peta ini</text></questiontext>"
            + "</question>";
    ImportResult r = MoodleXmlFormat.parse(quiz(unnamed));
    assertEquals(
        List.of(ImportProblem.of(3, "moodleXml.unsupportedType", 3, "Tandai peta ini", "ddmarker")),
        r.problems());
    for (java.util.Locale locale : List.of(java.util.Locale.ENGLISH, java.util.Locale.ROOT)) {
      ImportProblem p = r.problems().get(0);
      String said = org.latih.kernel.i18n.Messages.text(locale, p.messageKey(), p.args().toArray());
      assertFalse(said.contains("null"), said);
      assertFalse(said.contains("skipped") || said.contains("dilewati"), said);
    }
    ImportResult nameless = MoodleXmlFormat.parse(quiz("<question type=\"ddmarker\"></question>"));
    assertFalse(nameless.problems().get(0).args().contains(null), nameless.toString());
  }

  @Test
  void descriptionIsShownNotGraded() {
    QuestionContent c = one(quiz(question("description", "Info", "")));
    assertEquals(QuestionType.DESCRIPTION, c.type());
    assertEquals(0, c.defaultMark());
    assertEquals("<p>Teks Info</p>", c.text());
  }

  @Test
  void idNumberIsKeptAndMustBeUniqueInItsCategory() {
    String first =
        "<question type=\"essay\"><name><text>A</text></name><questiontext><text>Satu</text>"
            + "</questiontext><idnumber>PP-01</idnumber></question>";
    String second = first.replace("Satu", "Dua");
    ImportResult r = MoodleXmlFormat.parse(quiz(first, second));
    assertEquals("PP-01", r.questions().get(0).idnumber());
    assertEquals(1, r.questions().get(0).position());
    assertEquals(
        List.of(ImportProblem.of(4, "moodleXml.duplicateIdnumber", 4, "PP-01")), r.problems());
  }

  @Test
  void numericCatchAllAndFractionsMoodleRefuses() {
    QuestionContent c =
        one(
            quiz(
                question(
                    "numerical",
                    "NM",
                    answer("100", "3", "tepat") + answer("0", "*", "Coba hitung lagi."))));
    assertEquals(
        List.of(
            new NumericAnswer(3, 0, 1, "tepat"), NumericAnswer.anyOther(0, "Coba hitung lagi.")),
        c.numbers());
    ImportResult third =
        MoodleXmlFormat.parse(
            quiz(question("multichoice", "MR", answer("33", "a", null) + answer("67", "b", null))));
    assertEquals(List.of(ImportProblem.of(3, "question.badFraction", 3, "33")), third.problems());
    one(
        quiz(
            question(
                "multichoice",
                "MR",
                answer("33.33333", "a", null)
                    + answer("66.66667", "b", null)
                    + answer("-33.33333", "c", null))));
  }

  @Test
  void contentTheEntityRefusesIsReported() {
    ImportResult r =
        MoodleXmlFormat.parse(
            quiz(
                question(
                    "multichoice", "NoRight", answer("0", "a", null) + answer("0", "b", null))));
    assertEquals(List.of(ImportProblem.of(3, "question.choices", "NoRight")), r.problems());
  }

  @Test
  void doctypeIsRefused() {
    String xxe =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE quiz [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
            + "<quiz>"
            + question("essay", "&xxe;", "")
            + "</quiz>";
    ImportResult r = MoodleXmlFormat.parse(xxe);
    assertTrue(r.questions().isEmpty());
    assertEquals(1, r.problems().size());
    assertEquals("moodleXml.doctype", r.problems().get(0).messageKey());

    String bomb =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE quiz [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;\">]>"
            + "<quiz>"
            + question("essay", "&b;", "")
            + "</quiz>";
    assertEquals("moodleXml.doctype", MoodleXmlFormat.parse(bomb).problems().get(0).messageKey());
  }

  @Test
  void malformedXmlIsOneProblemAndNoQuestions() {
    ImportResult r =
        MoodleXmlFormat.parse(HEAD + question("essay", "ES", "") + "\n<question type=\"essay\">\n");
    assertTrue(r.questions().isEmpty());
    assertEquals(1, r.problems().size());
    assertEquals("moodleXml.malformed", r.problems().get(0).messageKey());
    assertTrue(r.problems().get(0).line() > 0);
    assertEquals(
        "moodleXml.malformed", MoodleXmlFormat.parse("bukan xml").problems().get(0).messageKey());
    assertEquals("moodleXml.malformed", MoodleXmlFormat.parse("").problems().get(0).messageKey());
  }

  @Test
  void otherRootIsReported() {
    ImportResult r = MoodleXmlFormat.parse("<questions/>");
    assertEquals(List.of(ImportProblem.of(1, "moodleXml.notQuiz", 1, "questions")), r.problems());
  }

  @Test
  void byteOrderMarkIsAccepted() {
    assertEquals(QuestionType.ESSAY, one("\uFEFF" + quiz(question("essay", "ES", ""))).type());
  }
}
