package org.latih.worker.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.latih.api.reports.AttendanceRow;
import org.latih.api.reports.EnrolmentRow;
import org.latih.api.reports.IndicatorRow;
import org.latih.api.reports.ReportRequest;
import org.latih.api.reports.ResponseRow;
import org.latih.api.reports.ScoreRow;

class OutcomePartsTest {

  private static final OutcomeParts ATTENDANCE =
      new OutcomeParts(false, true, false, false, List.of());

  private static OutcomeParts forms(String... ids) {
    return new OutcomeParts(false, false, false, false, List.of(ids));
  }

  @Test
  void partsAddUpAndTellWhatTheyLack() {
    OutcomeParts some = ATTENDANCE.with(forms("survei", "dampak"));
    assertEquals(new OutcomeParts(false, true, false, false, List.of("dampak", "survei")), some);
    assertTrue(some.covers(forms("dampak")));
    assertTrue(some.covers(OutcomeParts.NONE));
    assertFalse(some.covers(forms("reaksi")));
    assertEquals(forms("reaksi"), some.lacking(forms("dampak", "reaksi")));
    assertEquals(
        new OutcomeParts(true, false, false, false, List.of()),
        some.lacking(new OutcomeParts(true, true, false, false, List.of())));
    // every form: only "every form" covers it
    assertFalse(some.covers(OutcomeParts.ALL));
    assertNull(some.lacking(OutcomeParts.ALL).forms());
    assertTrue(OutcomeParts.ALL.covers(some.with(forms("any"))));
    assertEquals(OutcomeParts.NONE, OutcomeParts.ALL.lacking(OutcomeParts.ALL));
  }

  @Test
  void pastTheBoundOnFormsAReadCountsAsOneOfEveryForm() {
    List<String> many = new ArrayList<>();
    for (int i = 0; i < OutcomeParts.MAX_FORMS; i++) {
      many.add("f" + i);
    }
    OutcomeParts bounded = new OutcomeParts(false, false, false, false, many);
    assertEquals(OutcomeParts.MAX_FORMS, bounded.forms().size());
    assertNull(bounded.with(forms("one-more")).forms());
    assertTrue(bounded.with(forms("one-more")).hasForm("never-named"));
  }

  @Test
  void aSnapshotNarrowedToPartsAndMergedBackIsTheWhole() {
    OutcomeSnapshot whole =
        new OutcomeSnapshot(
            "kupang",
            List.of(new EnrolmentRow("k-1", null, "Bappeda", 2025, true, 3)),
            List.of(new AttendanceRow("k-1", "A1", "Sesi 1", "webinar", "Bappeda", true)),
            List.of(new ScoreRow("k-1", "A1", "Bappeda", 50.0, 80.0)),
            Map.of(
                "survei", List.of(new ResponseRow("survei", "k-1", "A1", null, Map.of("q", "4"))),
                "dampak", List.of(new ResponseRow("dampak", "k-1", "A1", null, null))),
            List.of(new IndicatorRow("Bappeda", "IKM", "2025", 81.5)));

    OutcomeSnapshot some = whole.only(ATTENDANCE.with(forms("survei")));
    assertEquals(whole.attendance(), some.attendance());
    assertEquals(whole.formResponses("survei"), some.formResponses("survei"));
    assertEquals(List.of(), some.enrolments());
    assertEquals(List.of(), some.testScores());
    assertEquals(List.of(), some.unitIndicators());
    assertEquals(List.of(), some.formResponses("dampak"));
    assertEquals("kupang", some.region());

    // what travels to the worker holds nothing of the parts left out
    String sent =
        new String(
            Protocol.bytes(
                Request.build(
                    1, "r", new ReportRequest(null, null), some, ATTENDANCE.with(forms("survei")))),
            StandardCharsets.ISO_8859_1);
    assertTrue(sent.contains("webinar") && sent.contains("Sesi 1"), "the attendance");
    assertFalse(sent.contains("IKM"), "no indicator");
    assertFalse(sent.contains("dampak"), "no other form");

    OutcomeParts rest = ATTENDANCE.with(forms("survei")).lacking(OutcomeParts.ALL);
    assertEquals(whole, some.with(whole.only(rest), rest));
    assertEquals(whole, whole.only(OutcomeParts.ALL));
  }
}
