package org.latih.api.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormDefinitionTest {

  private static final List<String> AGREE = List.of("STS", "TS", "S", "SS");

  private static FormDefinition form(String id, List<Item> items) {
    return new FormDefinition(
        id,
        1,
        "Kepuasan peserta",
        null,
        Audience.PARTICIPANT,
        Timing.courseEnd(),
        true,
        List.of(new Section("Materi", items)));
  }

  private static String refusal(Runnable r) {
    return assertThrows(IllegalArgumentException.class, r::run).getMessage();
  }

  @Test
  void aTypicalFormIsAccepted() {
    FormDefinition form =
        form(
            "kepuasan-peserta",
            List.of(
                Item.likert("materi-jelas", "Materi jelas", "materi", AGREE),
                Item.text("saran", "Saran")));
    assertEquals(2, form.sections().get(0).items().size());
    assertEquals(4, form.sections().get(0).items().get(0).scaleMax());
  }

  @Test
  void idsMustBeKebabCase() {
    assertTrue(
        refusal(() -> form("Kepuasan_Peserta", List.of(Item.text("a", "A"))))
            .contains("kebab-case"));
    assertTrue(refusal(() -> Item.text("Saran Anda", "x")).contains("'Saran Anda'"));
  }

  @Test
  void choiceItemsNeedTwoDistinctOptionsAndOthersNone() {
    assertTrue(
        refusal(
                () ->
                    new Item(
                        "pilih",
                        ItemKind.SINGLE_CHOICE,
                        "Pilih",
                        true,
                        null,
                        List.of("Ya"),
                        0,
                        0,
                        List.of()))
            .contains("two distinct options"));
    assertTrue(
        refusal(
                () ->
                    new Item(
                        "isi",
                        ItemKind.TEXT,
                        "Isi",
                        true,
                        null,
                        List.of("Ya", "Tidak"),
                        0,
                        0,
                        List.of()))
            .contains("takes no options"));
  }

  @Test
  void scalesMustBeSane() {
    assertTrue(
        refusal(
                () ->
                    new Item(
                        "nilai", ItemKind.RATING, "Nilai", true, null, List.of(), 5, 1, List.of()))
            .contains("scaleMin < scaleMax"));
    assertTrue(
        refusal(
                () ->
                    new Item("nilai", ItemKind.LIKERT, "Nilai", true, null, List.of(), 1, 5, AGREE))
            .contains("4 scale labels for 5 points"));
  }

  @Test
  void nullsAndDuplicatesAreNamed() {
    assertTrue(
        refusal(() -> new Section("Materi", Arrays.asList(Item.text("a", "A"), null)))
            .contains("must not contain null"));
    assertTrue(
        refusal(() -> form("f", List.of(Item.text("a", "A"), Item.text("a", "B"))))
            .contains("item id 'a' twice"));
  }

  @Test
  void timingDaysOnlyAfterCompletion() {
    assertEquals(30, Timing.daysAfterCompletion(30).daysAfter());
    assertTrue(refusal(() -> new Timing(TimingKind.COURSE_END, 3)).contains("only counts"));
  }
}
