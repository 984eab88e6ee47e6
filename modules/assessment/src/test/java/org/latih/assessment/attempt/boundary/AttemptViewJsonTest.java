package org.latih.assessment.attempt.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.latih.assessment.attempt.boundary.AttemptViews.AttemptView;
import org.latih.assessment.attempt.boundary.AttemptViews.GapView;
import org.latih.assessment.attempt.boundary.AttemptViews.OptionView;
import org.latih.assessment.attempt.boundary.AttemptViews.QuestionView;
import org.latih.assessment.attempt.boundary.AttemptViews.ResultView;
import org.latih.assessment.question.entity.Gap;
import org.latih.assessment.question.entity.QuestionType;
import org.latih.assessment.question.entity.Response;

/** The open attempt as {@link OpenAttemptWriter} writes it is what JSON-B (Yasson) writes. */
class AttemptViewJsonTest {

  private static final Jsonb JSONB = JsonbBuilder.create();
  private static final Instant STARTED = Instant.parse("2026-12-05T08:00:00Z");

  @AfterAll
  static void close() throws Exception {
    JSONB.close();
  }

  @Test
  void anOpenAttemptOfEveryKindOfQuestionIsWrittenAsJsonbWritesIt() {
    List<QuestionView> questions =
        List.of(
            new QuestionView(
                1,
                QuestionType.SINGLE_CHOICE,
                "Ibu \"Ani\" bertanya — é\n<b>tebal</b>",
                1.0,
                true,
                3,
                Instant.parse("2026-12-05T08:01:02.345678Z"),
                Response.choosing("k7QwErT"),
                List.of(new OptionView("k7QwErT", "Ya"), new OptionView("zZ9aaaa", "Tidak")),
                List.of(),
                List.of(),
                "html",
                List.of()),
            new QuestionView(
                2,
                QuestionType.MATCHING,
                "Pasangkan",
                2.5,
                false,
                0,
                null,
                Response.matching(Map.of("0", "aaaaaaa", "1", "bbbbbbb")),
                List.of(),
                List.of("Satu", "Dua"),
                List.of(new OptionView("aaaaaaa", "1"), new OptionView("bbbbbbb", "2")),
                "plain",
                List.of()),
            new QuestionView(
                3,
                QuestionType.CLOZE,
                "Isi {#1} dan {#2}",
                3,
                false,
                9_000_000_000L,
                null,
                Response.EMPTY,
                List.of(),
                List.of(),
                List.of(),
                "plain",
                List.of(
                    new GapView(
                        1,
                        Gap.Kind.MULTIPLE_CHOICE,
                        Gap.Layout.DROPDOWN,
                        List.of(new OptionView("ccccccc", "tiga"))),
                    new GapView(2, Gap.Kind.NUMERIC, null, List.of()))),
            new QuestionView(
                4,
                QuestionType.ESSAY,
                "Jelaskan",
                0.25,
                false,
                1,
                STARTED,
                Response.text("Jawaban\tpanjang 🙂"),
                List.of(),
                List.of(),
                List.of(),
                "plain",
                List.of()));

    assertSameJson(
        new AttemptView(
            41,
            7,
            "Post-test",
            "POST_TEST",
            "ujian-bench",
            1,
            "OPEN",
            STARTED,
            STARTED.plusSeconds(3600),
            STARTED.plusMillis(1500),
            3598L,
            questions,
            null));
    assertSameJson(
        new AttemptView(
            42, 7, "Kuis", "QUIZ", "k", 2, "OPEN", STARTED, null, STARTED, null, List.of(), null));
  }

  @Test
  void aSubmittedAttemptIsLeftToJsonb() {
    ResultView result =
        new ResultView(8.0, 10, 80.0, true, false, false, STARTED, false, true, null, null, null);
    assertSameJson(
        new AttemptView(
            43,
            7,
            "Kuis",
            "QUIZ",
            "k",
            1,
            "SUBMITTED",
            STARTED,
            null,
            STARTED,
            null,
            List.of(),
            result));
  }

  private static void assertSameJson(AttemptView view) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new OpenAttemptWriter()
        .writeTo(view, AttemptView.class, AttemptView.class, null, null, null, out);
    assertEquals(parse(JSONB.toJson(view)), parse(out.toString(StandardCharsets.UTF_8)));
  }

  private static JsonValue parse(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readValue();
    }
  }
}
