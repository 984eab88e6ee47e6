package org.latih.kernel.plugin.worker;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads newline-terminated lines, never holding more than a set number of bytes of one line. */
final class BoundedLines {

  /** A line longer than the limit: the rest of it was not read. */
  static final class TooLongException extends IOException {
    TooLongException(long max) {
      super("line longer than " + max + " bytes");
    }
  }

  private final InputStream in;
  private final long max;
  private final byte[] buffer = new byte[1 << 16];
  private int start;
  private int end;

  BoundedLines(InputStream in, long max) {
    this.in = in;
    this.max = max;
  }

  /** The next line without its newline, or null at the end of the stream. */
  byte[] next() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    while (true) {
      if (start == end) {
        int read = in.read(buffer);
        if (read < 0) {
          return line.size() == 0 ? null : line.toByteArray();
        }
        start = 0;
        end = read;
      }
      int newline = start;
      while (newline < end && buffer[newline] != '\n') {
        newline++;
      }
      if (line.size() + (newline - start) > max) {
        throw new TooLongException(max);
      }
      line.write(buffer, start, newline - start);
      if (newline < end) {
        start = newline + 1;
        return line.toByteArray();
      }
      start = end;
    }
  }
}
