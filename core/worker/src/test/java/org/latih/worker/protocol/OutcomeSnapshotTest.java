package org.latih.worker.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.latih.api.reports.EnrolmentRow;
import org.latih.api.reports.ResponseRow;

class OutcomeSnapshotTest {

  @Test
  void aPluginReadsWhatWasLoadedAndCannotChangeIt() {
    List<EnrolmentRow> enrolments = new ArrayList<>();
    enrolments.add(new EnrolmentRow("kursus", null, "Dinas Kesehatan", 2025, true, 3));
    ResponseRow answer = new ResponseRow("reaksi", "kursus", null, null, Map.of("puas", "5"));
    Map<String, List<ResponseRow>> responses = new HashMap<>();
    responses.put("reaksi", new ArrayList<>(List.of(answer)));
    OutcomeSnapshot snapshot =
        new OutcomeSnapshot("kupang", enrolments, List.of(), List.of(), responses, List.of());
    enrolments.clear();
    responses.get("reaksi").clear();

    assertEquals(1, snapshot.enrolments().size(), "a copy, not the host's list");
    assertEquals(List.of(answer), snapshot.formResponses("reaksi"));
    assertEquals(List.of(), snapshot.formResponses("tidak-ada"));
    assertEquals(List.of(), snapshot.formResponses(null));
    assertThrows(UnsupportedOperationException.class, () -> snapshot.enrolments().clear());
    assertThrows(
        UnsupportedOperationException.class, () -> snapshot.formResponses("reaksi").clear());
  }
}
