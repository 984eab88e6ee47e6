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
import org.latih.api.reports.ReportRequest;
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

  private static final StandInOutcomes STAND_IN =
      new StandInOutcomes("solok", new ReportRequest(null, 2025), List.of());

  @Test
  void whatThePluginReadsIsNotedAndAPartNotSentReadsAsTheStandIn() {
    OutcomeParts sent = new OutcomeParts(true, false, false, false, List.of("survei"));
    WatchedOutcomes view = new WatchedOutcomes(DATA.only(sent), sent, STAND_IN);
    assertEquals(OutcomeParts.NONE, view.reads());

    assertEquals(DATA.enrolments(), view.enrolments());
    assertEquals(DATA.formResponses("survei"), view.formResponses("survei"));
    assertFalse(view.missed(), "read only what was sent");

    assertEquals(List.of(), view.formResponses("x".repeat(65)));
    assertFalse(view.missed(), "no form has an id that long: nothing of it was left out");

    assertEquals(STAND_IN.attendance(), view.attendance());
    assertFalse(view.attendance().isEmpty());
    assertEquals(STAND_IN.formResponses("dampak"), view.formResponses("dampak"));
    assertTrue(view.missed(), "made-up rows were read: what is built is void");
    assertEquals(
        new OutcomeParts(true, true, false, false, List.of("dampak", "survei")), view.reads());
  }

  @Test
  void everythingSentIsNeverMissedAndManyFormsCountAsAll() {
    WatchedOutcomes view = new WatchedOutcomes(DATA, OutcomeParts.ALL, STAND_IN);
    assertEquals(DATA.attendance(), view.attendance());
    for (int i = 0; i <= OutcomeParts.MAX_FORMS + 5; i++) {
      view.formResponses("f" + i);
    }
    assertFalse(view.missed());
    assertNull(view.reads().forms(), "more forms than the bound: every form");
    assertTrue(view.reads().attendance());
  }
}
