package org.latih.assessment.question.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Question content and responses survive being written to JSON and read back. */
class QuestionJsonTest {

  private static final String TRICKY =
      "Kutipan \"berAKHLAK\" \\ 'satu' — café ☕ 日本語 😀\n\tbaris\u0000 dua </script> {0}";

  static QuestionContent sample(QuestionType type) {
    return switch (type) {
      case SINGLE_CHOICE ->
          new QuestionContent(
              type,
              "Ibu kota",
              "Apa ibu kota \"Indonesia\"? 🇮🇩",
              List.of(
                  new Choice("a", "Jakarta", 1, "Benar — \"DKI\"."),
                  new Choice("b", "Bandung", 0, null),
                  new Choice("c", "Nusantara (IKN)", 0.5, "Sebagian.")),
              null,
              null,
              "Umpan balik umum: lihat UU No. 3/2022.",
              2.5);
      case MULTIPLE_RESPONSE ->
          new QuestionContent(
              type,
              null,
              "Pilih nilai dasar ASN:",
              List.of(
                  new Choice("x1", "Akuntabel", 0.5, null),
                  new Choice("x2", "Kompeten", 0.5, "Ya"),
                  new Choice("x3", "Nepotis", -1, "Bukan"),
                  new Choice("x4", "Hobi", 0, null)),
              null,
              null,
              null,
              1);
      case TRUE_FALSE ->
          new QuestionContent(
              type,
              "Netralitas",
              "ASN boleh berkampanye.",
              QuestionContent.TrueFalse.choices(false, "Tepat.", "Keliru: ASN wajib netral."),
              null,
              null,
              null,
              1);
      case SHORT_ANSWER ->
          new QuestionContent(
              type,
              "Pareto",
              "Nama prinsip 80/20?",
              List.of(
                  new Choice("1", "Pareto", 1, null), new Choice("2", "80/20", 0.3333, "Kurang.")),
              null,
              null,
              null,
              1);
      case NUMERIC ->
          new QuestionContent(
              type,
              "Anggaran",
              "Berapa juta rupiah?",
              null,
              List.of(
                  new NumericAnswer(1250.5, 0, 1, "Tepat."),
                  new NumericAnswer(0.1 + 0.2, 0.05, 0.5, null),
                  new NumericAnswer(-3e-7, 1e-9, 0.25, null),
                  NumericAnswer.anyOther(0, "Coba lagi.")),
              null,
              null,
              10);
      case MATCHING ->
          new QuestionContent(
              type,
              "Instansi",
              "Pasangkan.",
              null,
              null,
              List.of(
                  new MatchPair("BKN", "Manajemen ASN"),
                  new MatchPair("LAN \"RI\"", "Pelatihan ASN")),
              "Lihat PP 11/2017.",
              4,
              List.of("Pengawasan \"pemilu\""));
      case ESSAY ->
          new QuestionContent(type, "Esai", "Jelaskan BerAKHLAK.", null, null, null, null, 20);
      case DESCRIPTION ->
          new QuestionContent(type, "Pengantar", "Bagian 2: etika.", null, null, null, null, 0);
      case CLOZE ->
          QuestionContent.cloze(
              "Rumpang \"isian\"",
              "<p>Ibu kota {#1} \"DKI\", pi {#2}, warna {#3}.</p>",
              List.of(
                  new Gap(
                      1,
                      Gap.Kind.SHORT_ANSWER,
                      2,
                      true,
                      null,
                      false,
                      List.of(
                          new Choice("a", "Jakarta", 1, "Benar \"DKI\"."),
                          new Choice("b", "*", 0, "Bukan.")),
                      null),
                  new Gap(
                      2,
                      Gap.Kind.NUMERIC,
                      1,
                      false,
                      null,
                      false,
                      null,
                      List.of(
                          new NumericAnswer(3.14, 0.01, 1, null),
                          NumericAnswer.anyOther(0, "Coba lagi."))),
                  new Gap(
                      3,
                      Gap.Kind.MULTIPLE_CHOICE,
                      1.5,
                      false,
                      Gap.Layout.HORIZONTAL,
                      true,
                      List.of(new Choice("a", "Merah", 0, null), new Choice("b", "Hijau", 1, "Ya")),
                      null)),
              "Umum.",
              4.5);
    };
  }

  @ParameterizedTest
  @EnumSource(QuestionType.class)
  void everyTypeSurvivesARoundTrip(QuestionType type) {
    QuestionContent q = sample(type);
    String json = QuestionJson.write(q);
    QuestionContent back = QuestionJson.read(json);
    assertEquals(q, back);
    assertEquals(json, QuestionJson.write(back), "writing is stable");
  }

  @ParameterizedTest
  @EnumSource(QuestionType.class)
  void unicodeAndQuotesInEveryTextSurvive(QuestionType type) {
    QuestionContent q = sample(type);
    QuestionContent tricky =
        type == QuestionType.CLOZE
            ? QuestionContent.cloze(
                TRICKY,
                TRICKY + q.text(),
                q.gaps().stream()
                    .map(
                        g ->
                            new Gap(
                                g.number(),
                                g.kind(),
                                g.weight(),
                                g.caseSensitive(),
                                g.layout(),
                                g.shuffle(),
                                g.choices().stream()
                                    .map(
                                        c ->
                                            new Choice(
                                                c.id() + TRICKY,
                                                TRICKY + c.text(),
                                                c.fraction(),
                                                TRICKY))
                                    .toList(),
                                g.numbers()))
                    .toList(),
                TRICKY,
                q.defaultMark())
            : type == QuestionType.TRUE_FALSE
                ? new QuestionContent(
                    type,
                    TRICKY,
                    TRICKY,
                    QuestionContent.TrueFalse.choices(true, TRICKY, TRICKY),
                    null,
                    null,
                    TRICKY,
                    1)
                : new QuestionContent(
                    q.type(),
                    TRICKY,
                    TRICKY,
                    q.choices().stream()
                        .map(
                            c ->
                                new Choice(
                                    c.id() + TRICKY, TRICKY + c.text(), c.fraction(), TRICKY))
                        .toList(),
                    q.numbers().stream()
                        .map(n -> new NumericAnswer(n.value(), n.tolerance(), n.fraction(), TRICKY))
                        .toList(),
                    q.pairs().stream()
                        .map(p -> new MatchPair(TRICKY + p.prompt(), p.answer() + TRICKY))
                        .toList(),
                    TRICKY,
                    q.defaultMark());
    assertEquals(tricky, QuestionJson.read(QuestionJson.write(tricky)));
  }

  @Test
  void fieldNamesAreStableAndNullsAreLeftOut() {
    JsonObject o = parse(QuestionJson.write(sample(QuestionType.SINGLE_CHOICE)));
    assertEquals(
        List.of("type", "name", "text", "choices", "generalFeedback", "defaultMark"),
        List.copyOf(o.keySet()));
    assertEquals("SINGLE_CHOICE", o.getString("type"));
    assertEquals(2.5, o.getJsonNumber("defaultMark").doubleValue());
    JsonObject first = o.getJsonArray("choices").getJsonObject(0);
    assertEquals(List.of("id", "text", "fraction", "feedback"), List.copyOf(first.keySet()));
    assertEquals(1.0, first.getJsonNumber("fraction").doubleValue());
    JsonObject second = o.getJsonArray("choices").getJsonObject(1);
    assertFalse(second.containsKey("feedback"));

    JsonObject numeric = parse(QuestionJson.write(sample(QuestionType.NUMERIC)));
    assertFalse(numeric.containsKey("generalFeedback"));
    assertFalse(numeric.containsKey("choices"));
    assertEquals(
        List.of("value", "tolerance", "fraction", "feedback"),
        List.copyOf(numeric.getJsonArray("numbers").getJsonObject(0).keySet()));

    JsonObject matching = parse(QuestionJson.write(sample(QuestionType.MATCHING)));
    assertEquals(
        List.of("prompt", "answer"),
        List.copyOf(matching.getJsonArray("pairs").getJsonObject(0).keySet()));
    assertEquals("LAN \"RI\"", matching.getJsonArray("pairs").getJsonObject(1).getString("prompt"));
  }

  @Test
  void aHandWrittenQuestionIsRead() {
    QuestionContent q =
        QuestionJson.read(
            """
            {"type": "numeric", "text": "Berapa?",
             "numbers": [{"value": 3.5, "fraction": 1}]}
            """);
    assertEquals(QuestionType.NUMERIC, q.type());
    assertEquals("Berapa?", q.name());
    assertEquals(1.0, q.defaultMark());
    assertEquals(List.of(new NumericAnswer(3.5, 0, 1, null)), q.numbers());
    assertEquals(1.0, q.grade(Response.text("3,5")).fraction());
  }

  @Test
  void gradingIsTheSameAfterARoundTrip() {
    QuestionContent q =
        QuestionJson.read(QuestionJson.write(sample(QuestionType.MULTIPLE_RESPONSE)));
    assertEquals(1.0, q.grade(Response.choosing("x1", "x2")).fraction());
    assertEquals(0.0, q.grade(Response.choosing("x1", "x3")).fraction());
  }

  static Stream<Arguments> responses() {
    return Stream.of(
        Arguments.of(Response.EMPTY),
        Arguments.of(Response.choosing("a")),
        Arguments.of(Response.choosing("x2", "x1", "x1")),
        Arguments.of(Response.text("1.250,5")),
        Arguments.of(Response.text(TRICKY)),
        Arguments.of(Response.matching(Map.of("0", "Manajemen ASN", "1", TRICKY, "10", "x"))),
        Arguments.of(new Response(List.of("a", TRICKY), "teks \"kutip\"", Map.of("0", "b"))));
  }

  @ParameterizedTest
  @MethodSource("responses")
  void responsesSurviveARoundTrip(Response r) {
    String json = QuestionJson.write(r);
    assertEquals(r, QuestionJson.readResponse(json));
    assertEquals(json, QuestionJson.write(QuestionJson.readResponse(json)));
  }

  @Test
  void anEmptyResponseIsAnEmptyObject() {
    assertEquals("{}", QuestionJson.write(Response.EMPTY));
    assertTrue(QuestionJson.readResponse("{}").empty());
    assertTrue(QuestionJson.readResponse("{\"choices\":null,\"text\":null}").empty());
  }

  @Test
  void responseFieldNamesAreStable() {
    JsonObject o =
        parse(QuestionJson.write(new Response(List.of("b", "a"), "t", Map.of("1", "y", "0", "x"))));
    assertEquals(List.of("choices", "text", "matches"), List.copyOf(o.keySet()));
    assertEquals(
        List.of("b", "a"),
        o.getJsonArray("choices").getValuesAs(jakarta.json.JsonString::getString));
    assertEquals("x", o.getJsonObject("matches").getString("0"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "{",
        "{\"type\":\"ESSAY\",\"text\":\"x\"",
        "{'type':'ESSAY','text':'x'}",
        "[]",
        "\"ESSAY\"",
        "null",
        "42",
        "{\"type\":\"ESSAY\",\"text\":\"x\"} trailing",
        "{\"type\":\"ESSAY\",\"text\":\"x\",}",
        "{\"text\":\"x\"}",
        "{\"type\":7,\"text\":\"x\"}",
        "{\"type\":\"ESSAY\",\"text\":[\"x\"]}",
        "{\"type\":\"ESSAY\",\"text\":\"x\",\"defaultMark\":\"1\"}",
        "{\"type\":\"SINGLE_CHOICE\",\"text\":\"x\",\"choices\":{\"id\":\"a\"}}",
        "{\"type\":\"SINGLE_CHOICE\",\"text\":\"x\",\"choices\":[\"a\",\"b\"]}",
        "{\"type\":\"SINGLE_CHOICE\",\"text\":\"x\",\"choices\":[{\"id\":\"a\",\"text\":\"A\"}]}",
        "{\"type\":\"NUMERIC\",\"text\":\"x\",\"numbers\":[{\"fraction\":1}]}",
        "{\"type\":\"NUMERIC\",\"text\":\"x\",\"numbers\":[{\"value\":\"3,5\",\"fraction\":1}]}"
      })
  void malformedQuestionsAreRefused(String json) {
    InvalidQuestionException e =
        assertThrows(InvalidQuestionException.class, () -> QuestionJson.read(json));
    assertEquals("question.json", e.messageKey());
    assertEquals("question", e.field());
  }

  @Test
  void nullIsRefused() {
    assertEquals(
        "question.json",
        assertThrows(InvalidQuestionException.class, () -> QuestionJson.read(null)).messageKey());
    assertEquals(
        "question.json",
        assertThrows(InvalidQuestionException.class, () -> QuestionJson.readResponse(null))
            .messageKey());
  }

  @Test
  void anUnknownTypeIsRefusedByName() {
    InvalidQuestionException e =
        assertThrows(
            InvalidQuestionException.class,
            () -> QuestionJson.read("{\"type\":\"HOTSPOT\",\"text\":\"x\"}"));
    assertEquals("question.type", e.messageKey());
    assertEquals("HOTSPOT", e.args()[0]);
  }

  @Test
  void wellFormedButUngradableContentIsRefusedWithItsOwnKey() {
    assertEquals(
        "question.choices",
        assertThrows(
                InvalidQuestionException.class,
                () ->
                    QuestionJson.read(
                        "{\"type\":\"SINGLE_CHOICE\",\"text\":\"x\",\"choices\":"
                            + "[{\"id\":\"a\",\"text\":\"A\",\"fraction\":0},"
                            + "{\"id\":\"b\",\"text\":\"B\",\"fraction\":0}]}"))
            .messageKey());
    assertEquals(
        "question.textMissing",
        assertThrows(
                InvalidQuestionException.class,
                () -> QuestionJson.read("{\"type\":\"ESSAY\",\"text\":\" \"}"))
            .messageKey());
    assertEquals(
        "question.fraction",
        assertThrows(
                InvalidQuestionException.class,
                () ->
                    QuestionJson.read(
                        "{\"type\":\"SHORT_ANSWER\",\"text\":\"x\",\"choices\":"
                            + "[{\"id\":\"a\",\"text\":\"A\",\"fraction\":1e400}]}"))
            .messageKey());
    assertEquals(
        "question.mark",
        assertThrows(
                InvalidQuestionException.class,
                () -> QuestionJson.read("{\"type\":\"ESSAY\",\"text\":\"x\",\"defaultMark\":0}"))
            .messageKey());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "{\"choices\":",
        "[\"a\"]",
        "{\"choices\":\"a\"}",
        "{\"choices\":[1]}",
        "{\"choices\":[null]}",
        "{\"text\":5}",
        "{\"matches\":[\"a\"]}",
        "{\"matches\":{\"0\":1}}",
        "{\"matches\":{\"0\":null}}"
      })
  void malformedResponsesAreRefused(String json) {
    InvalidQuestionException e =
        assertThrows(InvalidQuestionException.class, () -> QuestionJson.readResponse(json));
    assertEquals("question.json", e.messageKey());
  }

  private static JsonObject parse(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }

  @Test
  void formatIsLeftOutWhenPlainSoOldRowsReadBackUnchanged() {
    QuestionContent plain =
        new QuestionContent(QuestionType.ESSAY, "N", "<b>x</b>", null, null, null, null, 1);
    String json = QuestionJson.write(plain);
    org.junit.jupiter.api.Assertions.assertFalse(json.contains("format"), json);
    assertEquals(plain, QuestionJson.read(json));
    QuestionContent html = plain.withFormat(TextFormat.HTML);
    String written = QuestionJson.write(html);
    org.junit.jupiter.api.Assertions.assertTrue(written.contains("\"format\":\"HTML\""), written);
    assertEquals(html, QuestionJson.read(written));
    InvalidQuestionException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            InvalidQuestionException.class,
            () -> QuestionJson.read(written.replace("\"HTML\"", "\"WORD\"")));
    assertEquals("question.format", e.messageKey());
  }
}
