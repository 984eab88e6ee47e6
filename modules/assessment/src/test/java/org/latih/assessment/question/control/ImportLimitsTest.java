package org.latih.assessment.question.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Oversized and malformed question files come back as problems, never as a crash. */
class ImportLimitsTest {

  private static List<String> keys(ImportResult result) {
    return result.problems().stream().map(ImportProblem::messageKey).toList();
  }

  @Test
  void aQuestionOfAMillionCharactersIsRefusedWithItsLine() {
    String gift = "::Q1:: 1+1? {=2 ~3}\n\n::Q2:: " + "x".repeat(1_000_000) + " {=a ~b}\n";
    ImportResult result = QuestionBank.parse("gift", gift);
    assertEquals(List.of("question.tooLong"), keys(result));
    assertEquals(3, result.problems().get(0).line());
  }

  @Test
  void moreQuestionsThanOneImportTakesAreRefused() {
    StringBuilder gift = new StringBuilder();
    for (int i = 0; i < 1_001; i++) {
      gift.append("::Q").append(i).append(":: ").append(i).append("+1? {=a ~b}\n\n");
    }
    ImportResult result = QuestionBank.parse("gift", gift.toString());
    assertEquals(List.of("questions.tooMany"), keys(result));
  }

  @Test
  void aFileAtTheCapsIsAccepted() {
    StringBuilder gift = new StringBuilder();
    for (int i = 0; i < 1_000; i++) {
      gift.append("::Q").append(i).append(":: ").append(i).append("+1? {=a ~b}\n\n");
    }
    assertTrue(QuestionBank.parse("gift", gift.toString()).clean());
  }

  @Test
  void moodleXmlNestedFarTooDeeplyIsAProblem() {
    String xml = "<quiz>" + "<a>".repeat(100_000) + "</a>".repeat(100_000) + "</quiz>";
    ImportResult result = QuestionBank.parse("xml", xml);
    assertFalse(result.clean());
    assertEquals(List.of("moodleXml.malformed"), keys(result));
  }

  @Test
  void packageQuestionFilesHaveTheSameCaps() {
    String gift = "::Q:: " + "x".repeat(30_000) + " {=a ~b}\n";
    assertEquals(List.of("question.tooLong"), keys(QuestionFiles.parse("q/post.gift", gift)));
  }
}
