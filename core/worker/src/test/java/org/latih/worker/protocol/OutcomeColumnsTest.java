package org.latih.worker.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.latih.api.reports.AttendanceRow;
import org.latih.api.reports.EnrolmentRow;
import org.latih.api.reports.ReportRequest;
import org.latih.api.reports.ResponseRow;
import org.latih.api.reports.ScoreRow;

class OutcomeColumnsTest {

  @Test
  void repeatedTextTravelsOnceAndEveryRowComesBackInOrder() throws IOException {
    List<EnrolmentRow> enrolments = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      enrolments.add(
          new EnrolmentRow(
              "k-" + i % 3, i % 2 == 0 ? null : "2025-a", "Bappeda", 2025, i % 5 == 0, 3));
    }
    Map<String, String> answers = new LinkedHashMap<>();
    answers.put("saran", "Lebih banyak praktik");
    answers.put("puas", "5");
    answers.put("kosong", null);
    OutcomeSnapshot data =
        new OutcomeSnapshot(
            "kupang",
            enrolments,
            List.of(
                new AttendanceRow("k-1", "2025-a", "s-1", "webinar", "Bappeda", false, "SAKIT")),
            List.of(
                new ScoreRow("k-1", "2025-a", "Bappeda", Double.NaN, 0.1 + 0.2),
                new ScoreRow("k-2", null, null, null, Double.NEGATIVE_INFINITY)),
            Map.of("reaksi", List.of(new ResponseRow("reaksi", "k-1", null, "Bappeda", answers))),
            List.of());
    Request request = Request.build(3, "r", new ReportRequest(null, null), data);

    String line = line(request);
    Request back = Protocol.readRequest(new ByteArrayInputStream(bytes(line)));

    assertEquals(request, back);
    assertEquals(1, line.split("Bappeda", -1).length - 1, "Bappeda once: " + line.length());
    assertEquals(
        List.of("saran", "puas", "kosong"),
        List.copyOf(back.outcomes().formResponses("reaksi").get(0).answers().keySet()),
        "answers keep their order");
  }

  @Test
  void columnsThatDisagreeOrNameNoStringAreRefused() {
    String mismatched =
        "{\"v\":2,\"id\":1,\"op\":\"build\",\"outcomes\":{\"strings\":[\"a\"],"
            + "\"enrolments\":{\"course\":[0,0],\"cohort\":[0]}}}";
    String unknownString =
        "{\"v\":2,\"id\":1,\"op\":\"build\",\"outcomes\":{\"strings\":[\"a\"],"
            + "\"testScores\":{\"course\":[1],\"cohort\":[0],\"unitKerja\":[0],"
            + "\"pre\":[null],\"post\":[null]}}}";
    String missingColumn =
        "{\"v\":2,\"id\":1,\"op\":\"build\",\"outcomes\":{\"strings\":[\"a\"],"
            + "\"enrolments\":{\"course\":[0]}}}";

    InvalidMessageException lengths =
        assertThrows(InvalidMessageException.class, () -> read(mismatched));
    assertTrue(lengths.getMessage().contains("length"), lengths.getMessage());
    InvalidMessageException string =
        assertThrows(InvalidMessageException.class, () -> read(unknownString));
    assertTrue(string.getMessage().contains("no string 1"), string.getMessage());
    InvalidMessageException column =
        assertThrows(InvalidMessageException.class, () -> read(missingColumn));
    assertTrue(column.getMessage().contains("no column"), column.getMessage());
  }

  @Test
  void anItemAnsweredTwiceIsRefused() {
    String twice =
        "{\"v\":2,\"id\":1,\"op\":\"build\",\"outcomes\":{\"strings\":[\"f\",\"a\"],"
            + "\"responses\":{\"form\":[0],\"formId\":[0],\"course\":[-1],\"cohort\":[-1],"
            + "\"unitKerja\":[-1],\"answers\":[[1,1,1,0]]}}}";

    InvalidMessageException e = assertThrows(InvalidMessageException.class, () -> read(twice));
    assertTrue(e.getMessage().contains("twice"), e.getMessage());
  }

  @Test
  void answersReadBackBehaveAsAMapOfTheSameEntries() {
    Map<String, String> sent = new LinkedHashMap<>();
    sent.put("a", "1");
    sent.put("b", null);
    Map<String, String> read = new PairMap(new String[] {"a", "1", "b", null});

    assertEquals(sent, read);
    assertEquals(sent.hashCode(), read.hashCode());
    assertEquals("1", read.get("a"));
    assertTrue(read.containsKey("b"));
    assertEquals(null, read.get("c"));
    assertThrows(UnsupportedOperationException.class, () -> read.put("c", "2"));
  }

  @Test
  void tablesAndColumnsANewerSenderAddsAreSkipped() {
    Request request =
        read(
            "{\"v\":2,\"id\":1,\"op\":\"build\",\"outcomes\":{\"later\":{\"x\":[1]},"
                + "\"region\":\"solok\",\"strings\":[],\"attendance\":{\"later\":{}}}}");

    assertEquals("solok", request.outcomes().region());
    assertTrue(request.outcomes().attendance().isEmpty());
  }

  private static Request read(String json) {
    return Protocol.readRequest(new ByteArrayInputStream(bytes(json)));
  }

  private static String line(Record message) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Protocol.writeLine(message, out);
    String line = out.toString(StandardCharsets.UTF_8);
    return line.substring(0, line.length() - 1);
  }

  private static byte[] bytes(String json) {
    return json.getBytes(StandardCharsets.UTF_8);
  }
}
