package org.latih.assessment.question.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class QuestionContentConverterTest {

  private final QuestionContentConverter converter = new QuestionContentConverter();

  private static String essay(String text) {
    return QuestionJson.write(
        new QuestionContent(QuestionType.ESSAY, "E", text, null, null, null, null, 1));
  }

  @Test
  void eachVersionsContentIsParsedOnceAndShared() {
    String json = essay("Jelaskan tugas pokok unit kerja Anda.");
    QuestionContent first = converter.convertToEntityAttribute(json);
    assertSame(first, converter.convertToEntityAttribute(new String(json)));
    assertEquals("Jelaskan tugas pokok unit kerja Anda.", first.text());
  }

  @Test
  void otherContentIsNeverMistakenForIt() {
    QuestionContent one = converter.convertToEntityAttribute(essay("Soal satu"));
    QuestionContent two = converter.convertToEntityAttribute(essay("Soal dua"));
    assertEquals("Soal satu", one.text());
    assertEquals("Soal dua", two.text());
  }

  @Test
  void longContentIsParsedEachTimeInsteadOfKept() {
    String json = essay("panjang ".repeat(3_000));
    QuestionContent first = converter.convertToEntityAttribute(json);
    assertNotSame(first, converter.convertToEntityAttribute(json));
    assertEquals(first, converter.convertToEntityAttribute(json));
  }
}
