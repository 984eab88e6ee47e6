package org.latih.worker;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LinesTest {

  @Test
  void aFrameWithNewlinesInsideComesWholeAheadOfItsLineWhateverThePipeHandsOver()
      throws IOException {
    byte[] frame = new byte[200_000]; // longer than one block, newlines and '#' among its bytes
    for (int i = 0; i < frame.length; i++) {
      frame[i] = (byte) (i % 7 == 0 ? '\n' : i % 11 == 0 ? '#' : i);
    }
    ByteArrayOutputStream sent = new ByteArrayOutputStream();
    sent.writeBytes(ascii("#" + frame.length + "\n"));
    sent.writeBytes(frame);
    sent.writeBytes(ascii("{\"id\":1}\n{\"id\":2}\n#3\nab\n{\"id\":3}\n"));
    // a pipe hands over what it has: here at most 1,000 bytes at a time
    InputStream pipe =
        new FilterInputStream(new ByteArrayInputStream(sent.toByteArray())) {
          @Override
          public int read(byte[] into, int offset, int length) throws IOException {
            return super.read(into, offset, Math.min(length, 1000));
          }
        };
    Lines lines = new Lines(pipe);

    assertEquals("{\"id\":1}", text(lines.next()));
    assertArrayEquals(frame, lines.takeFrame());
    assertEquals("{\"id\":2}", text(lines.next()));
    assertNull(lines.takeFrame(), "a line without a frame");
    assertEquals("{\"id\":3}", text(lines.next()));
    assertArrayEquals(ascii("ab\n"), lines.takeFrame());
    assertNull(lines.next());
  }

  private static String text(InputStream line) throws IOException {
    try (line) {
      return new String(line.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
