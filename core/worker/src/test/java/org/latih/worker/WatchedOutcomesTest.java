package org.latih.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.latih.api.reports.AttendanceRow;
import org.latih.api.reports.EnrolmentRow;
import org.latih.api.reports.ResponseRow;
import org.latih.worker.protocol.OutcomeParts;
import org.latih.worker.protocol.OutcomeSnapshot;

class WatchedOutcomesTest {

  private static final OutcomeSnapshot DATA =
      new OutcomeSnapshot(
          "solok",
          List.of(new EnrolmentRow("s-1", null, "Bappeda", 2025, true, 3)),
          List.of(new AttendanceRow("s-1", "A1", "Sesi 1", "webinar", "Bappeda", true)),
          List.of(),
          Map.of("survei", List.of(new ResponseRow("survei", "s-1", "A1", null, Map.of()))),
          List.of());

  @Test
  void whatThePluginReadsIsNotedAndAPartNotSentReadsEmpty() {
    OutcomeParts sent = new OutcomeParts(true, false, false, false, List.of("survei"));
    WatchedOutcomes view = new WatchedOutcomes(DATA.only(sent), sent);
    assertEquals(OutcomeParts.NONE, view.reads());

    assertEquals(DATA.enrolments(), view.enrolments());
    assertEquals(DATA.formResponses("survei"), view.formResponses("survei"));
    assertFalse(view.missed(), "read only what was sent");

    assertEquals(List.of(), view.formResponses("x".repeat(65)));
    assertFalse(view.missed(), "no form has an id that long: nothing of it was left out");

    assertEquals(List.of(), view.attendance());
    assertEquals(List.of(), view.formResponses("dampak"));
    assertTrue(view.missed());
    assertEquals(
        new OutcomeParts(true, true, false, false, List.of("dampak", "survei")), view.reads());
  }

  @Test
  void everythingSentIsNeverMissedAndManyFormsCountAsAll() {
    WatchedOutcomes view = new WatchedOutcomes(DATA, OutcomeParts.ALL);
    assertEquals(DATA.attendance(), view.attendance());
    for (int i = 0; i <= OutcomeParts.MAX_FORMS + 5; i++) {
      view.formResponses("f" + i);
    }
    assertFalse(view.missed());
    assertNull(view.reads().forms(), "more forms than the bound: every form");
    assertTrue(view.reads().attendance());
  }
}
