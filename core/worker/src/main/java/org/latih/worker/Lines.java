package org.latih.worker;

import java.io.IOException;
import java.io.InputStream;
import org.latih.worker.protocol.Frame;
import org.latih.worker.protocol.InvalidMessageException;
import org.latih.worker.protocol.Protocol;

/**
 * The request lines on the worker's stdin, each handed out as a stream that ends at its newline (a
 * request's frame, which comes ahead of its line, is read and decoded first, a segment at a time as
 * the host sends them), so a request is parsed as it arrives. Read in blocks; used by one thread
 * only.
 */
final class Lines {

  private final InputStream in;
  private final byte[] block = new byte[1 << 16];
  private int start;
  private int end;
  private boolean atEnd;
  private final InputStream raw = new Raw();
  private Frame.Received frame;

  Lines(InputStream in) {
    this.in = in;
  }

  /**
   * The next line, without its newline; null at the end of input. A frame ahead of it ({@link
   * Protocol#FRAME_MARK}) is read first and kept for {@link #takeFrame}; a frame the host abandoned
   * is dropped, and the next request read.
   *
   * @throws InvalidMessageException when a frame is not one
   */
  InputStream next() throws IOException {
    frame = null;
    while (frame == null && fill() && block[start] == Protocol.FRAME_MARK) {
      start++;
      frame = Protocol.readFrame(raw);
    }
    return fill() ? new Line() : null;
  }

  /**
   * Hands over the frame that came ahead of the line {@link #next} handed out last (null if none
   * did): not kept here, so an idle worker does not hold the last region's columns.
   */
  Frame.Received takeFrame() {
    Frame.Received taken = frame;
    frame = null;
    return taken;
  }

  /** Whether a byte is available, reading the next block if need be. */
  private boolean fill() throws IOException {
    if (start < end) {
      return true;
    }
    if (atEnd) {
      return false;
    }
    end = in.read(block);
    start = 0;
    if (end <= 0) {
      end = 0;
      atEnd = true;
      return false;
    }
    return true;
  }

  /** The input as it comes, newlines and all: a frame's bytes. */
  private final class Raw extends InputStream {

    @Override
    public int read() throws IOException {
      return fill() ? block[start++] & 0xff : -1;
    }

    @Override
    public int read(byte[] into, int offset, int length) throws IOException {
      if (length == 0) {
        return 0;
      }
      if (!fill()) {
        return -1;
      }
      int n = Math.min(length, end - start);
      System.arraycopy(block, start, into, offset, n);
      start += n;
      return n;
    }
  }

  /** One line; closing it skips whatever of the line the parser left unread. */
  private final class Line extends InputStream {

    private boolean done;

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] into, int offset, int length) throws IOException {
      if (done || length == 0) {
        return done ? -1 : 0;
      }
      if (!fill()) {
        done = true;
        return -1;
      }
      int n = 0;
      while (n < length && start < end) {
        byte b = block[start++];
        if (b == '\n') {
          done = true;
          break;
        }
        into[offset + n++] = b;
      }
      return n == 0 && done ? -1 : n;
    }

    @Override
    public void close() throws IOException {
      byte[] skipped = new byte[8192];
      while (read(skipped, 0, skipped.length) >= 0) {
        // to the end of the line
      }
    }
  }
}
