package org.latih.worker.protocol;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.util.OptionalLong;

/**
 * Protocol v6 between the host and a plugin worker: newline-delimited JSON over the worker's stdin
 * and stdout, UTF-8, one {@link Request} or {@link Answer} object per line, {@code "v":6} on each.
 * JSON-P never writes a raw newline inside a value, so a line is always one whole message. A
 * request with outcome data is preceded by its {@link Frame} of packed columns, which the line's
 * JSON names by number. v2 carried outcome data in columns ({@link OutcomeColumns}) instead of v1's
 * object per row; v3 packed each column into one Base64 string inside the JSON; v4 moved them into
 * a frame sent whole ahead of the line; v5 streams the frame a column at a time; v6 sends only the
 * {@link OutcomeParts} a report reads, and the worker answers which it read. Host and worker ship
 * together, so neither reads another version.
 */
public final class Protocol {

  public static final int VERSION = 6;

  /** The first byte of a frame. */
  public static final int FRAME_MARK = '#';

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
   * Writes {@code message} (a host's request) to {@code out} without flushing: its outcome columns
   * each as soon as it is packed, then its line, which names them and is small. When encoding fails
   * part way, the frame is abandoned, so the worker drops what it read and waits for the next
   * request; the failure is thrown.
   *
   * @throws IOException when {@code out} does
   */
  public static void write(Record message, OutputStream out) throws IOException {
    Frame frame = new Frame(out);
    ByteArrayOutputStream line = new ByteArrayOutputStream(256);
    try {
      RecordCodec.write(message, line, frame);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } catch (RuntimeException | Error e) {
      frame.abandon();
      throw e;
    }
    frame.end();
    line.write('\n');
    line.writeTo(out);
  }

  /** {@code message} as {@link #write} sends it, in one array: for tests and benchmarks. */
  public static byte[] bytes(Record message) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(message, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a ByteArrayOutputStream does not throw
    }
    return out.toByteArray();
  }

  /** Reads a worker's line, refusing any other protocol version. */
  public static Answer readAnswer(byte[] line) {
    Answer answer = RecordCodec.read(line, Answer.class);
    checkVersion(answer.v());
    return answer;
  }

  /**
   * Reads a host's line, refusing any other protocol version and a frame with a segment that did
   * not decode.
   *
   * @param frame the frame that came ahead of the line, or null
   */
  public static Request readRequest(InputStream line, Frame.Received frame) {
    if (frame != null) {
      frame.check();
    }
    Request request = RecordCodec.read(line, Request.class, frame);
    checkVersion(request.v());
    return request;
  }

  /**
   * The id of a request line that {@link #readRequest(InputStream, Frame.Received)} refused, if its
   * JSON still names one.
   */
  public static OptionalLong requestId(byte[] line) {
    return RecordCodec.id(line);
  }

  /**
   * Reads one whole request as {@link #write} wrote it: its frame, if any, then its line (the next
   * one, if the frame was abandoned).
   */
  public static Request readRequest(InputStream message) throws IOException {
    PushbackInputStream in = new PushbackInputStream(message);
    Frame.Received frame = null;
    for (int first = in.read(); first >= 0; first = in.read()) {
      if (first != FRAME_MARK) {
        in.unread(first);
        break;
      }
      frame = readFrame(in);
      if (frame != null) {
        break;
      }
    }
    return readRequest(in, frame);
  }

  /**
   * The frame whose {@link #FRAME_MARK} was just read from {@code in}, its segments decoded; null
   * if the host abandoned it.
   *
   * @throws InvalidMessageException when it is not a frame: nothing after it can be found then
   */
  public static Frame.Received readFrame(InputStream in) throws IOException {
    return Frame.read(in);
  }

  private static void checkVersion(int v) {
    if (v != VERSION) {
      throw new InvalidMessageException("protocol version " + v + ", expected " + VERSION);
    }
  }
}
