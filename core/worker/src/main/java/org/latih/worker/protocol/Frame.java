package org.latih.worker.protocol;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * The bytes that travel ahead of a request's line since protocol v4: numbered segments, each its
 * length (LEB128) and its bytes. The line's JSON names a segment by its number. A region's outcome
 * columns and strings are some 8 MiB; inside the JSON (v3) they went as Base64 strings, which the
 * worker read a character at a time through the JSON parser, then decoded: most of a whole-region
 * call's time in the worker.
 */
final class Frame {

  /** The header, its length written once known: the frame is not copied to put it in front. */
  private static final int HEADER = 12;

  private final EncodedLine bytes = new EncodedLine();
  private int segments;

  Frame() {
    bytes.write(new byte[HEADER], 0, HEADER);
  }

  /** Adds {@code length} bytes of {@code segment}; its number. */
  int add(byte[] segment, int length) {
    byte[] prefix = new byte[5];
    bytes.write(prefix, 0, Packed.varint(prefix, 0, length));
    bytes.write(segment, 0, length);
    return segments++;
  }

  boolean isEmpty() {
    return segments == 0;
  }

  /** The bytes of the segments, without the header. */
  long size() {
    return bytes.size() - HEADER;
  }

  /**
   * The whole message: the header ({@link Protocol#FRAME_MARK}, the frame's length in ten digits, a
   * newline), the segments, then {@code line}. The frame takes no more segments after this.
   */
  EncodedLine ahead(EncodedLine line) {
    String length = String.format("%010d", size());
    bytes.overwrite(0, ((char) Protocol.FRAME_MARK + length + "\n").getBytes(US_ASCII));
    try {
      line.writeTo(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // an EncodedLine only holds what is written to it
    }
    return bytes;
  }

  /** A frame received: where each segment starts and ends in its bytes. */
  static final class Received {

    private final byte[] bytes;
    private final int[] starts;
    private final int[] ends;

    Received(byte[] bytes) {
      this.bytes = bytes;
      int[] starts = new int[16];
      int[] ends = new int[16];
      int n = 0;
      for (int[] at = {0}; at[0] < bytes.length; n++) {
        int length = Packed.unsigned(bytes, at, bytes.length);
        if (length > bytes.length - at[0]) {
          throw new InvalidMessageException("a frame segment longer than the frame");
        }
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
          ends = Arrays.copyOf(ends, n * 2);
        }
        starts[n] = at[0];
        at[0] += length;
        ends[n] = at[0];
      }
      this.starts = Arrays.copyOf(starts, n);
      this.ends = Arrays.copyOf(ends, n);
    }

    byte[] bytes() {
      return bytes;
    }

    int start(int segment) {
      check(segment);
      return starts[segment];
    }

    int end(int segment) {
      check(segment);
      return ends[segment];
    }

    private void check(int segment) {
      if (segment < 0 || segment >= starts.length) {
        throw new InvalidMessageException("no frame segment " + segment);
      }
    }
  }
}
