package org.latih.worker.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
        outcomes("\"enrolments\":{\"course\":" + ints(0, 0) + ",\"cohort\":" + ints(0) + "}");
    String unknownString =
        outcomes(
            "\"testScores\":{\"course\":"
                + ints(1)
                + ",\"cohort\":"
                + ints(0)
                + ",\"unitKerja\":"
                + ints(0)
                + ",\"pre\":\"AA==\",\"post\":\"AA==\"}");
    String missingColumn = outcomes("\"enrolments\":{\"course\":" + ints(0) + "}");
    String notPacked = outcomes("\"enrolments\":{\"course\":\"*\"}");

    InvalidMessageException lengths =
        assertThrows(InvalidMessageException.class, () -> read(mismatched));
    assertTrue(lengths.getMessage().contains("length"), lengths.getMessage());
    InvalidMessageException string =
        assertThrows(InvalidMessageException.class, () -> read(unknownString));
    assertTrue(string.getMessage().contains("no string 1"), string.getMessage());
    InvalidMessageException column =
        assertThrows(InvalidMessageException.class, () -> read(missingColumn));
    assertTrue(column.getMessage().contains("no column"), column.getMessage());
    InvalidMessageException base64 =
        assertThrows(InvalidMessageException.class, () -> read(notPacked));
    assertTrue(base64.getMessage().contains("Base64"), base64.getMessage());
  }

  @Test
  void anItemAnsweredTwiceOrAnswersThatDoNotAddUpAreRefused() {
    String table =
        "\"responses\":{\"form\":%s,\"formId\":%s,\"course\":%s,\"cohort\":%s,"
            + "\"unitKerja\":%s,\"answerCounts\":%s,\"answers\":%s}";
    String twice =
        outcomes(
            String.format(
                table, ints(0), ints(0), ints(-1), ints(-1), ints(-1), ints(2), ints(0, 0, 0, 0)));
    String short_ =
        outcomes(
            String.format(
                table, ints(0), ints(0), ints(-1), ints(-1), ints(-1), ints(2), ints(0, 0)));

    InvalidMessageException e = assertThrows(InvalidMessageException.class, () -> read(twice));
    assertTrue(e.getMessage().contains("twice"), e.getMessage());
    InvalidMessageException sum = assertThrows(InvalidMessageException.class, () -> read(short_));
    assertTrue(sum.getMessage().contains("add up"), sum.getMessage());
  }

  @Test
  void packedNumbersComeBackWhateverTheirSize() {
    int[] ints = {0, -1, 1, 63, 64, -65, 127, 128, 300, 2026, Integer.MAX_VALUE, Integer.MIN_VALUE};
    Double[] doubles = {null, 0.0, -0.0, 0.1 + 0.2, Double.NaN, Double.NEGATIVE_INFINITY, 1e300};

    assertArrayEquals(ints, Packed.ints(Packed.ints(ints, ints.length)));
    assertArrayEquals(doubles, Packed.doubles(Packed.doubles(doubles)));
    assertEquals(400, Packed.ints(new int[300], 300).length(), "a small number takes one byte");
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
            "{\"v\":3,\"id\":1,\"op\":\"build\",\"outcomes\":{\"later\":{\"x\":[1]},"
                + "\"region\":\"solok\",\"strings\":[],\"attendance\":{\"later\":{},"
                + "\"old\":[1,2]}}}");

    assertEquals("solok", request.outcomes().region());
    assertTrue(request.outcomes().attendance().isEmpty());
  }

  /** A request line whose outcome data holds the string "a" and {@code tables}. */
  private static String outcomes(String tables) {
    return "{\"v\":3,\"id\":1,\"op\":\"build\",\"outcomes\":{\"strings\":[\"a\"]," + tables + "}}";
  }

  /** A packed int column as a JSON string. */
  private static String ints(int... values) {
    return "\"" + Packed.ints(values, values.length) + "\"";
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
