package org.latih.worker.protocol;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Protocol v3 between the host and a plugin worker: newline-delimited JSON over the worker's stdin
 * and stdout, UTF-8, one {@link Request} or {@link Answer} object per line, {@code "v":3} on each.
 * JSON-P never writes a raw newline inside a value, so a line is always one whole message. v2
 * carried a request's outcome data in columns ({@link OutcomeColumns}) instead of v1's object per
 * row; v3 packs each column into one string. Host and worker ship together, so neither reads
 * another version.
 */
public final class Protocol {

  public static final int VERSION = 3;

  private Protocol() {}

  /** Writes {@code message} and its newline, then flushes: the caller holds the stream's lock. */
  public static void writeLine(Record message, OutputStream out) throws IOException {
    RecordCodec.write(message, out);
    out.write('\n');
    out.flush();
  }

  /**
   * {@code message} as one line, newline included, to be written later: the host encodes a request
   * before any of the plugin's clocks start, so its own pace never counts against the plugin.
   */
  public static EncodedLine line(Record message) {
    EncodedLine out = new EncodedLine();
    RecordCodec.write(message, out);
    out.write('\n');
    return out;
  }

  /** Reads a worker's line, refusing any other protocol version. */
  public static Answer readAnswer(byte[] line) {
    Answer answer = RecordCodec.read(line, Answer.class);
    checkVersion(answer.v());
    return answer;
  }

  /** Reads a host's line, refusing any other protocol version. */
  public static Request readRequest(InputStream line) {
    Request request = RecordCodec.read(line, Request.class);
    checkVersion(request.v());
    return request;
  }

  private static void checkVersion(int v) {
    if (v != VERSION) {
      throw new InvalidMessageException("protocol version " + v + ", expected " + VERSION);
    }
  }
}
