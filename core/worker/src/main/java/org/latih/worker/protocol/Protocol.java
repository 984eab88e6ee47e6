package org.latih.worker.protocol;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;

/**
 * Protocol v4 between the host and a plugin worker: newline-delimited JSON over the worker's stdin
 * and stdout, UTF-8, one {@link Request} or {@link Answer} object per line, {@code "v":4} on each.
 * JSON-P never writes a raw newline inside a value, so a line is always one whole message. A
 * request with outcome data is preceded by its {@link Frame}: the byte {@code #}, the frame's
 * length in decimal digits and a newline, then the frame's bytes; the line's JSON names the frame's
 * segments. v2 carried outcome data in columns ({@link OutcomeColumns}) instead of v1's object per
 * row; v3 packed each column into one Base64 string inside the JSON; v4 moved them into the frame.
 * Host and worker ship together, so neither reads another version.
 */
public final class Protocol {

  public static final int VERSION = 4;

  /** The first byte of a frame's header. */
  public static final int FRAME_MARK = '#';

  /** The longest frame read (the worker's whole heap): a region of 10,000 ASN takes 5–10 MiB. */
  private static final int MAX_FRAME = 256 << 20;

  private Protocol() {}

  /**
   * Writes {@code message}, a message without outcome data (a worker's answer), and its newline as
   * it is encoded, then flushes: the caller holds the stream's lock.
   */
  public static void writeLine(Record message, OutputStream out) throws IOException {
    RecordCodec.write(message, out);
    out.write('\n');
    out.flush();
  }

  /**
   * {@code message} as it is sent, its frame and its line with the newline, to be written later:
   * the host encodes a request before any of the plugin's clocks start, so its own pace never
   * counts against the plugin.
   */
  public static EncodedLine line(Record message) {
    Frame frame = new Frame();
    EncodedLine line = new EncodedLine();
    RecordCodec.write(message, line, frame);
    line.write('\n');
    return frame.isEmpty() ? line : frame.ahead(line);
  }

  /** Reads a worker's line, refusing any other protocol version. */
  public static Answer readAnswer(byte[] line) {
    Answer answer = RecordCodec.read(line, Answer.class);
    checkVersion(answer.v());
    return answer;
  }

  /**
   * Reads a host's line, refusing any other protocol version.
   *
   * @param frame the frame that came ahead of the line, or null
   */
  public static Request readRequest(InputStream line, byte[] frame) {
    Request request =
        RecordCodec.read(line, Request.class, frame == null ? null : new Frame.Received(frame));
    checkVersion(request.v());
    return request;
  }

  /** Reads one whole request as {@link #line} wrote it: its frame, if any, then its line. */
  public static Request readRequest(InputStream message) throws IOException {
    PushbackInputStream in = new PushbackInputStream(message);
    int first = in.read();
    byte[] frame = null;
    if (first == FRAME_MARK) {
      frame = readFrame(in);
    } else if (first >= 0) {
      in.unread(first);
    }
    return readRequest(in, frame);
  }

  /** The frame whose header's mark was just read from {@code in}: its length, newline, bytes. */
  public static byte[] readFrame(InputStream in) throws IOException {
    long length = 0;
    int digits = 0;
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < '0' || b > '9' || ++digits > 10) {
        throw new InvalidMessageException("a frame header that is not a length");
      }
      length = length * 10 + (b - '0');
    }
    if (digits == 0 || length > MAX_FRAME) {
      throw new InvalidMessageException("a frame of " + length + " bytes");
    }
    byte[] frame = new byte[(int) length]; // read into its own array: no copy of 8 MiB
    int read = in.readNBytes(frame, 0, frame.length);
    if (read != length) {
      throw new InvalidMessageException("a frame cut short at " + read + " bytes");
    }
    return frame;
  }

  private static void checkVersion(int v) {
    if (v != VERSION) {
      throw new InvalidMessageException("protocol version " + v + ", expected " + VERSION);
    }
  }
}
