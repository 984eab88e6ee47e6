package org.latih.evaluation.response.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.latih.api.forms.Audience;
import org.latih.api.forms.FormDefinition;
import org.latih.api.forms.Item;
import org.latih.api.forms.ItemKind;
import org.latih.api.forms.Section;
import org.latih.api.forms.Timing;
import org.latih.api.forms.TimingKind;
import org.latih.kernel.rest.InvalidInputException;

class AnswerCheckTest {

  private static final FormDefinition FORM =
      new FormDefinition(
          "umpan-balik",
          1,
          "Umpan balik",
          "Kesan peserta",
          Audience.PARTICIPANT,
          new Timing(TimingKind.COURSE_END, 0),
          false,
          List.of(
              new Section(
                  "Materi",
                  List.of(
                      new Item(
                          "relevansi",
                          ItemKind.LIKERT,
                          "Materi relevan",
                          true,
                          "materi",
                          List.of(),
                          1,
                          5,
                          List.of()),
                      new Item(
                          "metode",
                          ItemKind.SINGLE_CHOICE,
                          "Metode terbaik",
                          false,
                          null,
                          List.of("kelas", "daring"),
                          0,
                          0,
                          List.of()),
                      new Item(
                          "topik",
                          ItemKind.MULTIPLE_CHOICE,
                          "Topik lanjutan",
                          false,
                          null,
                          List.of("etika", "data", "layanan"),
                          0,
                          0,
                          List.of()),
                      new Item(
                          "jam",
                          ItemKind.NUMBER,
                          "Jam belajar mandiri",
                          false,
                          null,
                          List.of(),
                          0,
                          0,
                          List.of()),
                      new Item(
                          "saran",
                          ItemKind.TEXT,
                          "Saran",
                          false,
                          null,
                          List.of(),
                          0,
                          0,
                          List.of())))));

  @Test
  void validAnswersAreKeptTrimmedAndEmptyOnesDropped() {
    Map<String, String> kept =
        AnswerCheck.check(
            FORM,
            Map.of("relevansi", " 4 ", "topik", "etika; layanan", "jam", "2,5", "saran", " "));
    assertEquals(Map.of("relevansi", "4", "topik", "etika; layanan", "jam", "2,5"), kept);
  }

  @Test
  void everyProblemIsReportedAtOnceByItem() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                AnswerCheck.check(
                    FORM,
                    Map.of(
                        "metode",
                        "surat",
                        "topik",
                        "etika; olahraga",
                        "jam",
                        "dua",
                        "asing",
                        "x")));
    List<String> fields = e.fieldProblems().stream().map(p -> p.field()).sorted().toList();
    assertEquals(List.of("asing", "jam", "metode", "relevansi", "topik"), fields);
  }

  @Test
  void aScalePointOutsideTheScaleIsRefused() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class, () -> AnswerCheck.check(FORM, Map.of("relevansi", "6")));
    assertEquals("evaluation.scale", e.fieldProblems().get(0).messageKey());
  }

  @Test
  void summariesCountMeanDistributionAndTexts() {
    var item = FORM.sections().get(0).items().get(0);
    var summary =
        Summaries.summarise(
            item, List.of(Map.of("relevansi", "4"), Map.of("relevansi", "5"), Map.of()));
    assertEquals(2, summary.count());
    assertEquals(4.5, summary.mean(), 1e-9);
    assertEquals(Map.of("4", 1, "5", 1), summary.distribution());
    var topics =
        Summaries.summarise(
            FORM.sections().get(0).items().get(2),
            List.of(Map.of("topik", "etika; data"), Map.of("topik", "etika")));
    assertEquals(Map.of("data", 1, "etika", 2), topics.distribution());
  }

  @Test
  void aspectsAverageTheirScaleItemsWeightedByAnswers() {
    var first =
        new Summaries.ItemSummary("a", "A", ItemKind.LIKERT, "materi", 2, 4.0, Map.of(), List.of());
    var second =
        new Summaries.ItemSummary("b", "B", ItemKind.RATING, "materi", 1, 1.0, Map.of(), List.of());
    var other =
        new Summaries.ItemSummary("c", "C", ItemKind.TEXT, "materi", 5, null, Map.of(), List.of());
    var aspects = Summaries.aspects(List.of(first, second, other));
    assertEquals(1, aspects.size());
    assertEquals(2, aspects.get(0).items());
    assertEquals(3, aspects.get(0).answers());
    assertEquals(3.0, aspects.get(0).mean(), 1e-9); // (4 + 4 + 1) / 3
  }
}
