package org.latih.worker;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The request lines on the worker's stdin, read in blocks and scanned here: a region's request is
 * one line of tens of megabytes, too long to take a byte at a time. Used by one thread only.
 */
final class Lines {

  private final InputStream in;
  private final byte[] block = new byte[1 << 16];
  private int start;
  private int end;

  Lines(InputStream in) {
    this.in = in;
  }

  /** The next line without its newline, or null at the end of input. */
  byte[] next() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream(8192);
    while (true) {
      if (start == end) {
        end = in.read(block);
        start = 0;
        if (end < 0) {
          end = 0;
          return line.size() == 0 ? null : line.toByteArray();
        }
      }
      for (int i = start; i < end; i++) {
        if (block[i] == '\n') {
          line.write(block, start, i - start);
          start = i + 1;
          return line.toByteArray();
        }
      }
      line.write(block, start, end - start);
      start = end;
    }
  }
}
