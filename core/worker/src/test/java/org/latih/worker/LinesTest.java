package org.latih.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.latih.api.reports.EnrolmentRow;
import org.latih.api.reports.ReportRequest;
import org.latih.worker.protocol.OutcomeSnapshot;
import org.latih.worker.protocol.Protocol;
import org.latih.worker.protocol.Request;

class LinesTest {

  @Test
  void aFrameWithNewlinesInsideComesDecodedAheadOfItsLineWhateverThePipeHandsOver()
      throws IOException {
    // longer than one block; packed four bytes a value, so newlines and '#' are among its bytes
    int[] column = new int[200_000];
    for (int i = 0; i < column.length; i++) {
      column[i] = i;
    }
    ByteArrayOutputStream sent = new ByteArrayOutputStream();
    sent.writeBytes(Protocol.bytes(request(1, column)));
    sent.writeBytes(ascii("{\"v\":6,\"id\":2,\"op\":\"build\"}\n"));
    sent.writeBytes(Protocol.bytes(request(3, new int[] {5})));
    // a pipe hands over what it has: here at most 1,000 bytes at a time
    InputStream pipe =
        new FilterInputStream(new ByteArrayInputStream(sent.toByteArray())) {
          @Override
          public int read(byte[] into, int offset, int length) throws IOException {
            return super.read(into, offset, Math.min(length, 1000));
          }
        };
    Lines lines = new Lines(pipe);

    assertEquals(request(1, column), read(lines));
    assertEquals(2, read(lines).id(), "a line without a frame");
    assertEquals(request(3, new int[] {5}), read(lines));
    assertNull(lines.next());
  }

  private static Request read(Lines lines) throws IOException {
    try (InputStream line = lines.next()) {
      return Protocol.readRequest(line, lines.takeFrame());
    }
  }

  /** A request whose enrolments' years are {@code years}. */
  private static Request request(long id, int[] years) {
    List<EnrolmentRow> rows = new ArrayList<>();
    for (int year : years) {
      rows.add(new EnrolmentRow("k", null, null, year, false, 0));
    }
    return Request.build(
        id,
        "r",
        new ReportRequest(null, null),
        new OutcomeSnapshot("r", rows, List.of(), List.of(), Map.of(), List.of()));
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
