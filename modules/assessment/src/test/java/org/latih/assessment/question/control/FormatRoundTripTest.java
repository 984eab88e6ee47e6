package org.latih.assessment.question.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.latih.assessment.question.entity.QuestionContent;
import org.latih.assessment.question.entity.QuestionType;
import org.latih.assessment.question.entity.TextFormat;

/** GIFT and Moodle XML out and back in keep every question, its format and its images. */
class FormatRoundTripTest {

  private static final String FIXTURES = "/org/latih/testing/fixtures/";

  private static String fixture(String name) throws IOException {
    try (InputStream in = FormatRoundTripTest.class.getResourceAsStream(FIXTURES + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<QuestionContent> contents(ImportResult r) {
    return r.questions().stream().map(ImportedQuestion::content).toList();
  }

  private static ImportResult xml() throws IOException {
    ImportResult r = MoodleXmlFormat.parse(fixture("bank-moodle-export.xml"));
    assertEquals(List.of(), r.problems());
    return r;
  }

  private static Map<String, byte[]> files(ImportResult r) {
    Map<String, byte[]> all = new HashMap<>();
    r.questions().forEach(q -> all.putAll(q.files()));
    return all;
  }

  /** GIFT has no mark: a question comes back with mark 1, which is all it may lose. */
  private static QuestionContent giftMark(QuestionContent c) {
    return new QuestionContent(
        c.type(),
        c.name(),
        c.text(),
        c.choices(),
        c.numbers(),
        c.pairs(),
        c.generalFeedback(),
        1,
        c.distractors(),
        c.format(),
        c.gaps());
  }

  @Test
  void giftToLatihToGiftKeepsEveryQuestionOfTheFixtureWithItsFormat() throws IOException {
    ImportResult first = GiftFormat.parse(fixture("bank-moodle-style.gift"));
    assertEquals(List.of(), first.problems());
    assertEquals(45, first.questions().size());
    assertTrue(contents(first).stream().anyMatch(c -> c.format() == TextFormat.HTML));
    assertTrue(contents(first).stream().anyMatch(c -> c.format() == TextFormat.MARKDOWN));
    String gift = GiftFormat.write(first.questions());
    assertTrue(gift.contains(":: [html]<p>"), gift);
    assertTrue(gift.contains(":: [markdown]"), gift);
    ImportResult second = GiftFormat.parse(gift);
    assertEquals(List.of(), second.problems());
    assertEquals(contents(first), contents(second));
  }

  @Test
  void moodleXmlIsReadWithFormatsFilesAndOneFormatPerQuestion() throws IOException {
    ImportResult r = xml();
    assertEquals(10, r.questions().size());
    List<QuestionContent> c = contents(r);
    assertEquals(QuestionType.DESCRIPTION, c.get(0).type());
    assertEquals(TextFormat.HTML, c.get(0).format());
    assertEquals(TextFormat.HTML, c.get(1).format());
    assertTrue(c.get(1).text().contains("<table"), c.get(1).text());
    assertEquals("<p>30</p>", c.get(1).choices().get(1).text());
    // a plain question text with HTML answers becomes one HTML question, its plain text escaped
    assertEquals(TextFormat.HTML, c.get(3).format());
    assertEquals(
        "Mana yang benar tentang standar pelayanan? (pilih satu) 1 &lt; 2 &amp; 3",
        c.get(3).text());
    assertEquals("Lihat Pasal 20.", c.get(3).generalFeedback());
    assertEquals(TextFormat.MARKDOWN, c.get(8).format());
    assertEquals(TextFormat.MOODLE, c.get(9).format());
    // short-answer and numeric answers are values, never converted
    assertEquals("LAPOR!", c.get(6).choices().get(0).text());
    assertEquals(List.of("Pemeriksa keuangan negara"), c.get(4).distractors());
    assertTrue(c.get(5).numbers().get(2).any());
  }

  @Test
  void embeddedFilesAreNamedByContentSoSameNamesNeverCollide() throws IOException {
    ImportResult r = xml();
    ImportedQuestion intro = r.questions().get(0);
    ImportedQuestion table = r.questions().get(1);
    ImportedQuestion other = r.questions().get(2);
    String introFile = intro.files().keySet().iterator().next();
    String tableFile = table.files().keySet().iterator().next();
    String otherFile = other.files().keySet().iterator().next();
    assertTrue(introFile.matches("q-[0-9a-f]{16}\\.png"), introFile);
    // both questions call theirs image.png, with different pictures
    assertNotEquals(tableFile, otherFile);
    // the same picture in two questions is one file
    assertEquals(introFile, otherFile);
    assertTrue(intro.content().text().contains("src=\"@@PLUGINFILE@@/" + introFile + "\""));
    assertTrue(table.content().text().contains("@@PLUGINFILE@@/" + tableFile));
    assertEquals(2, files(r).size());
  }

  @Test
  void moodleXmlToLatihToGiftToLatihKeepsEveryQuestion() throws IOException {
    ImportResult first = xml();
    ImportResult second = GiftFormat.parse(GiftFormat.write(first.questions()));
    assertEquals(List.of(), second.problems());
    assertEquals(
        contents(first).stream().map(FormatRoundTripTest::giftMark).toList(), contents(second));
  }

  @Test
  void moodleXmlToLatihToXmlToLatihKeepsEveryQuestionAndItsImages() throws IOException {
    ImportResult first = xml();
    Map<String, byte[]> files = files(first);
    // as the bank stores them: the texts point at the course's attachments
    String url = QuestionText.attachmentUrl("PP-01", "");
    List<ImportedQuestion> stored =
        first.questions().stream()
            .map(
                q ->
                    new ImportedQuestion(
                        q.category(),
                        q.content().withTexts(t -> t.replace(MoodleXmlTexts.PLUGINFILE, url)),
                        0,
                        q.tags()))
            .toList();
    String xml = MoodleXmlExport.write(stored, files::get, "PP-01");
    assertTrue(xml.contains("<questiontext format=\"html\">"), xml);
    assertTrue(xml.contains("<file encoding=\"base64\""), xml);
    assertFalse(xml.contains(url), xml);
    ImportResult second = MoodleXmlFormat.parse(xml);
    assertEquals(List.of(), second.problems());
    assertEquals(contents(first), contents(second));
    Map<String, byte[]> back = files(second);
    assertEquals(files.keySet(), back.keySet());
    files.forEach((name, bytes) -> assertTrue(Arrays.equals(bytes, back.get(name)), name));
  }

  @Test
  void giftToLatihToXmlToLatihKeepsEveryQuestion() throws IOException {
    ImportResult first = GiftFormat.parse(fixture("bank-moodle-style.gift"));
    ImportResult second =
        MoodleXmlFormat.parse(MoodleXmlExport.write(first.questions(), n -> null, "K"));
    assertEquals(List.of(), second.problems());
    assertEquals(contents(first), contents(second));
  }

  @Test
  void clozeQuestionsGoBackToMoodlesEmbeddedAnswersAndReadBackTheSame() throws IOException {
    ImportResult first = MoodleXmlFormat.parse(fixture("bank-moodle-cloze.xml"));
    assertEquals(List.of(), first.problems());
    assertTrue(
        first.questions().stream().anyMatch(q -> q.content().type() == QuestionType.CLOZE),
        "the fixture has a cloze question");
    String xml = MoodleXmlExport.write(first.questions(), n -> null, "K");
    assertTrue(xml.contains("<question type=\"cloze\">"), xml);
    assertFalse(xml.contains("{#1}"), "markers become embedded answers again: " + xml);
    ImportResult second = MoodleXmlFormat.parse(xml);
    assertEquals(List.of(), second.problems());
    assertEquals(contents(first), contents(second));
  }

  @Test
  void anImageWhoseFileIsGoneKeepsItsWorkingUrl() {
    String url = QuestionText.attachmentUrl("K", "q-0123456789abcdef.png");
    QuestionContent c =
        new QuestionContent(
                QuestionType.ESSAY, "E", "<img src=\"" + url + "\">", null, null, null, null, 1)
            .withFormat(TextFormat.HTML);
    String xml =
        MoodleXmlExport.write(List.of(new ImportedQuestion(null, c, 0, List.of())), n -> null, "K");
    assertTrue(xml.contains(url), xml);
    assertEquals(List.of(), MoodleXmlFormat.parse(xml).problems());
  }

  @Test
  void whatLearnersSeeOfTheFixtureHasNoScriptAndOnlyTheCoursesImages() throws IOException {
    QuestionContent table = xml().questions().get(1).content();
    String url = QuestionText.attachmentUrl("PP-01", "");
    String stored = table.withTexts(t -> t.replace(MoodleXmlTexts.PLUGINFILE, url)).text();
    String shown = QuestionText.html(table.format(), stored, "PP-01");
    assertFalse(shown.contains("<script"), shown);
    assertFalse(shown.contains("onerror"), shown);
    assertTrue(shown.contains("<strong>kenaikan</strong>"), shown);
    assertTrue(shown.contains("<td>2024</td>"), shown);
    assertTrue(shown.contains("<img src=\"api/v1/courses/PP-01/attachments/q-"), shown);
    // the same text in another course shows no image: it is not that course's file
    assertFalse(QuestionText.html(table.format(), stored, "OTHER").contains("<img"));
  }

  @Test
  void badTooLargeUnsupportedAndMissingFilesAreProblemsAtTheirLine() {
    String head = "<quiz>\n<question type=\"essay\"><name><text>E</text></name>\n";
    String tail = "</question>\n</quiz>";
    String png =
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==";
    String html = java.util.Base64.getEncoder().encodeToString("<svg onload=x>".getBytes());
    String big = java.util.Base64.getEncoder().encodeToString(bigPng());
    Map<String, String> cases =
        Map.of(
            "moodleXml.badFile", file("a.png", "!!!not base64!!!"),
            "moodleXml.fileType", file("a.png", html),
            "moodleXml.fileTooLarge", file("a.png", big),
            "moodleXml.missingFile", file("b.png", png));
    cases.forEach(
        (key, questiontext) -> {
          ImportResult r = MoodleXmlFormat.parse(head + questiontext + tail);
          assertEquals(1, r.problems().size(), key);
          assertEquals(key, r.problems().get(0).messageKey());
          assertEquals(2, r.problems().get(0).line(), key);
        });
  }

  private static String file(String name, String base64) {
    return "<questiontext format=\"html\"><text><![CDATA[<img src=\"@@PLUGINFILE@@/a.png\">]]></text>"
        + "<file name=\""
        + name
        + "\" path=\"/\" encoding=\"base64\">"
        + base64
        + "</file></questiontext>\n";
  }

  private static byte[] bigPng() {
    byte[] b = new byte[MoodleXmlTexts.MAX_FILE_BYTES + 1];
    System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, 0, b, 0, 4);
    return b;
  }
}
