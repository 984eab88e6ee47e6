package org.latih.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.latih.api.forms.Audience;
import org.latih.api.forms.FormDefinition;
import org.latih.api.forms.Item;
import org.latih.api.forms.ItemKind;
import org.latih.api.forms.Section;
import org.latih.api.forms.Timing;
import org.latih.api.reports.AttendanceRow;
import org.latih.api.reports.EnrolmentRow;
import org.latih.api.reports.IndicatorRow;
import org.latih.api.reports.ReportRequest;
import org.latih.api.reports.ResponseRow;
import org.latih.api.reports.ScoreRow;

class StandInOutcomesTest {

  @Test
  void everyPartHasRowsOfTheRequestsCourseAndYearAndTheYearBefore() {
    var standIn = new StandInOutcomes("kupang", new ReportRequest("k-7", 2024), List.of());
    assertEquals("kupang", standIn.region());
    assertEquals(
        Set.of(2023, 2024),
        standIn.enrolments().stream().map(EnrolmentRow::year).collect(Collectors.toSet()));
    assertTrue(standIn.enrolments().stream().anyMatch(EnrolmentRow::completed));
    assertTrue(standIn.enrolments().stream().allMatch(e -> e.course().equals("k-7")));
    assertEquals(
        Set.of("classroom", "workshop", "webinar", "e-learning"),
        standIn.attendance().stream().map(AttendanceRow::deliveryMode).collect(Collectors.toSet()));
    assertEquals(
        Set.of(true, false),
        standIn.attendance().stream().map(AttendanceRow::present).collect(Collectors.toSet()));
    assertTrue(standIn.testScores().stream().allMatch(s -> s.post() != null));
    assertTrue(standIn.testScores().stream().map(ScoreRow::pre).anyMatch(p -> p != null));
    assertEquals(
        Set.of("2023", "2024"),
        standIn.unitIndicators().stream().map(IndicatorRow::period).collect(Collectors.toSet()));
    assertFalse(standIn.formResponses("survei").isEmpty());
  }

  @Test
  void withoutCourseOrYearTheRowsAreOfThisYear() {
    var standIn = new StandInOutcomes("solok", new ReportRequest(null, null), List.of());
    int now = Year.now().getValue();
    assertEquals(
        Set.of(now - 1, now),
        standIn.enrolments().stream().map(EnrolmentRow::year).collect(Collectors.toSet()));
  }

  @Test
  void thePluginsOwnFormsAreAnsweredAsTheHostWouldAcceptEachItem() {
    FormDefinition form =
        new FormDefinition(
            "survei",
            1,
            "Survei",
            null,
            Audience.PARTICIPANT,
            Timing.courseEnd(),
            false,
            List.of(
                new Section(
                    "Materi",
                    List.of(
                        Item.likert("jelas", "Jelas", "materi", List.of("1", "2", "3", "4")),
                        new Item(
                            "metode",
                            ItemKind.MULTIPLE_CHOICE,
                            "Metode",
                            false,
                            null,
                            List.of("ceramah", "diskusi"),
                            0,
                            0,
                            List.of()),
                        new Item(
                            "jam", ItemKind.NUMBER, "Jam", false, null, List.of(), 0, 0, List.of()),
                        Item.text("saran", "Saran")))));
    var standIn = new StandInOutcomes("solok", new ReportRequest(null, null), List.of(form));
    List<ResponseRow> responses = standIn.formResponses("survei");
    assertFalse(responses.isEmpty());
    assertEquals(
        Map.of("jelas", "4", "metode", "ceramah", "jam", "1", "saran", "contoh"),
        responses.get(0).answers());
    assertEquals(Map.of(), standIn.formResponses("lain").get(0).answers());
  }
}
