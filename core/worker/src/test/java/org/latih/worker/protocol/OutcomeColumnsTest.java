package org.latih.worker.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
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

  /** The frame this test's hand-written requests carry their columns in, as it is sent. */
  private final ByteArrayOutputStream sentFrame = new ByteArrayOutputStream();

  private final Frame frame = new Frame(sentFrame);

  private boolean ended;

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

    byte[] sent = Protocol.bytes(request);
    Request back = Protocol.readRequest(new ByteArrayInputStream(sent));

    assertEquals(request, back);
    String text = new String(sent, StandardCharsets.UTF_8);
    assertEquals(1, text.split("Bappeda", -1).length - 1, "Bappeda once: " + sent.length);
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
    String noSegment = outcomes("\"enrolments\":{\"course\":99}");

    InvalidMessageException lengths =
        assertThrows(InvalidMessageException.class, () -> read(mismatched));
    assertTrue(lengths.getMessage().contains("length"), lengths.getMessage());
    InvalidMessageException string =
        assertThrows(InvalidMessageException.class, () -> read(unknownString));
    assertTrue(string.getMessage().contains("no string 1"), string.getMessage());
    InvalidMessageException column =
        assertThrows(InvalidMessageException.class, () -> read(missingColumn));
    assertTrue(column.getMessage().contains("no column"), column.getMessage());
    InvalidMessageException segment =
        assertThrows(InvalidMessageException.class, () -> read(noSegment));
    assertTrue(segment.getMessage().contains("no frame segment 99"), segment.getMessage());
  }

  @Test
  void anItemAnsweredTwiceOrAnswersThatDoNotAddUpAreRefused() {
    // the only string is "a" (0); -1 is null
    String twice = responses(new int[] {2}, 0, 0, 0, 0);
    String twiceInTheSecondRow = responses(new int[] {1, 2}, 0, 0, 0, 0, 0, 0);
    String noItemTwice = responses(new int[] {2}, -1, 0, -1, 0);
    String onceInEachRow = responses(new int[] {1, 1}, 0, 0, 0, 0);
    String short_ = responses(new int[] {2}, 0, 0);

    for (String refused : List.of(twice, twiceInTheSecondRow, noItemTwice)) {
      InvalidMessageException e = assertThrows(InvalidMessageException.class, () -> read(refused));
      assertTrue(e.getMessage().contains("twice"), e.getMessage());
    }
    List<ResponseRow> rows = read(onceInEachRow).outcomes().responses().get("a");
    assertEquals(
        List.of(Map.of("a", "a"), Map.of("a", "a")),
        rows.stream().map(ResponseRow::answers).toList());
    InvalidMessageException sum = assertThrows(InvalidMessageException.class, () -> read(short_));
    assertTrue(sum.getMessage().contains("add up"), sum.getMessage());
  }

  @Test
  void packedNumbersAndStringsComeBackWhateverTheirSize() throws IOException {
    int[] ints = {0, -1, 1, 63, 64, -65, 127, 128, 300, 2026, Integer.MAX_VALUE, Integer.MIN_VALUE};
    Double[] doubles = {null, 0.0, -0.0, 0.1 + 0.2, Double.NaN, Double.NEGATIVE_INFINITY, 1e300};
    List<String> strings = List.of("", "Bapak/Ibu \"Kepala\"\nDinas", "é€😀", "x".repeat(300));
    ByteArrayOutputStream sent = new ByteArrayOutputStream();
    Frame frame = new Frame(sent);
    int i = Packed.ints(frame, ints, ints.length);
    int[] oneByte = {254, -1, 0, 7}; // 256 values from -1: one byte each
    int one = Packed.ints(frame, oneByte, oneByte.length);
    int[] twoBytes = {-1, 300, 65534, 2026};
    int two = Packed.ints(frame, twoBytes, twoBytes.length);
    int d = Packed.doubles(frame, doubles);
    int s = Packed.strings(frame, strings);
    Frame.Received back = received(sent, frame);

    assertArrayEquals(ints, values(back.ints(i)));
    assertArrayEquals(oneByte, values(back.ints(one)));
    assertArrayEquals(twoBytes, values(back.ints(two)));
    Decimals decimals = back.decimals(d);
    assertEquals(doubles.length, decimals.length());
    for (int row = 0; row < doubles.length; row++) {
      assertEquals(doubles[row], decimals.at(row), "row " + row);
    }
    assertEquals(strings, List.of(back.strings(s)));
    InvalidMessageException kind = assertThrows(InvalidMessageException.class, () -> back.ints(s));
    assertTrue(kind.getMessage().contains("does not hold numbers"), kind.getMessage());
    ByteArrayOutputStream widths = new ByteArrayOutputStream();
    Frame sized = new Frame(widths);
    Packed.ints(sized, oneByte, oneByte.length);
    int oneByteSize = widths.size();
    Packed.ints(sized, twoBytes, twoBytes.length);
    assertEquals(1 + 1 + 1 + 3 + 4, oneByteSize, "mark, kind, length, header, a byte a value");
    assertEquals(1 + 1 + 3 + 2 * 4, widths.size() - oneByteSize, "two bytes a value");
    ByteArrayOutputStream small = new ByteArrayOutputStream();
    Packed.ints(new Frame(small), new int[300], 300);
    assertEquals(
        1 + 1 + 2 + 4 + 300, small.size(), "a small number takes one byte (after the headers)");
  }

  private static int[] values(IntColumn column) {
    int[] values = new int[column.size()];
    for (int row = 0; row < values.length; row++) {
      values[row] = column.get(row);
    }
    return values;
  }

  @Test
  void aFrameCutShortOrOfAnUnknownKindIsRefused() {
    String line = "{\"v\":6,\"id\":1,\"op\":\"build\"}\n";
    InvalidMessageException shortFrame =
        assertThrows(InvalidMessageException.class, () -> read(bytes("#i\u0010ab")));
    assertTrue(shortFrame.getMessage().contains("cut short"), shortFrame.getMessage());
    InvalidMessageException unended =
        assertThrows(InvalidMessageException.class, () -> read(bytes("#i\u0001\u0002" + line)));
    assertTrue(unended.getMessage().contains("unknown kind"), unended.getMessage());
  }

  @Test
  void aSegmentThatDoesNotDecodeFailsItsRequestAndTheNextIsStillRead() throws IOException {
    String line = "{\"v\":6,\"id\":%d,\"op\":\"build\"}\n";
    // a decimal with an unknown tag, then a whole request
    InputStream sent =
        new ByteArrayInputStream(
            bytes("#d\u0001\u0005." + String.format(line, 1) + String.format(line, 2)));

    InvalidMessageException e = assertThrows(InvalidMessageException.class, () -> readFrom(sent));
    assertTrue(e.getMessage().contains("cut short"), e.getMessage());
    sent.skip(String.format(line, 1).length()); // the worker skips the rest of the line
    assertEquals(2, Protocol.readRequest(sent).id());
  }

  @Test
  void anAbandonedFrameIsDroppedAndTheRequestAfterItRead() throws IOException {
    ByteArrayOutputStream sent = new ByteArrayOutputStream();
    Frame abandoned = new Frame(sent);
    Packed.ints(abandoned, new int[] {1, 2}, 2);
    abandoned.abandon();
    sent.writeBytes(bytes("{\"v\":6,\"id\":9,\"op\":\"build\"}\n"));

    assertEquals(9, read(sent.toByteArray()).id());
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
            "{\"v\":6,\"id\":1,\"op\":\"build\",\"outcomes\":{\"later\":{\"x\":[1]},"
                + "\"region\":\"solok\",\"strings\":"
                + Packed.strings(frame, List.of())
                + ",\"attendance\":{\"later\":{},\"old\":[1,2],\"text\":\"x\"}}}");

    assertEquals("solok", request.outcomes().region());
    assertTrue(request.outcomes().attendance().isEmpty());
  }

  /**
   * A request line with a response of form "a" for each of {@code counts}, answering that many
   * items each, the item and answer string indexes of all of them in {@code answers}.
   */
  private String responses(int[] counts, int... answers) {
    int[] form = new int[counts.length];
    int[] none = new int[counts.length];
    Arrays.fill(none, -1);
    return outcomes(
        String.format(
            "\"responses\":{\"form\":%s,\"formId\":%s,\"course\":%s,\"cohort\":%s,"
                + "\"unitKerja\":%s,\"answerCounts\":%s,\"answers\":%s}",
            ints(form),
            ints(form),
            ints(none),
            ints(none),
            ints(none),
            ints(counts),
            ints(answers)));
  }

  /** A request line whose outcome data hold the string "a" and {@code tables}. */
  private String outcomes(String tables) {
    return "{\"v\":6,\"id\":1,\"op\":\"build\",\"outcomes\":{\"strings\":"
        + Packed.strings(frame, List.of("a"))
        + ","
        + tables
        + "}}";
  }

  /** A packed int column, added to the frame: its segment number. */
  private String ints(int... values) {
    return String.valueOf(Packed.ints(frame, values, values.length));
  }

  /**
   * Reads {@code json} as a request sent after this test's frame, which holds every segment the
   * test made before its first read.
   */
  private Request read(String json) {
    ByteArrayOutputStream sent = new ByteArrayOutputStream();
    if (!ended) {
      ended = true;
      try {
        frame.end();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    sent.writeBytes(sentFrame.toByteArray());
    sent.writeBytes(bytes(json + "\n"));
    return read(sent.toByteArray());
  }

  private static Request read(byte[] sent) {
    try {
      return readFrom(new ByteArrayInputStream(sent));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Request readFrom(InputStream sent) throws IOException {
    return Protocol.readRequest(sent);
  }

  /** {@code frame}, written to {@code sent}, as the worker receives it. */
  private static Frame.Received received(ByteArrayOutputStream sent, Frame frame)
      throws IOException {
    frame.end();
    InputStream in = new ByteArrayInputStream(sent.toByteArray());
    assertEquals(Protocol.FRAME_MARK, in.read());
    return Protocol.readFrame(in);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
