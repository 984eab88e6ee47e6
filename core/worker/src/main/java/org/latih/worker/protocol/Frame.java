package org.latih.worker.protocol;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The columns that travel ahead of a request's line: the byte {@link Protocol#FRAME_MARK}, then
 * numbered segments, each a kind byte ({@link #INTS}, {@link #DECIMALS}, {@link #STRINGS}), its
 * length (LEB128) and its bytes, and last {@link #END} (or {@link #ABANDONED} when the host could
 * not finish it; no line follows then). The line's JSON names a segment by its number.
 *
 * <p>Since v5 each segment goes to the pipe as soon as it is packed, and the worker decodes it as
 * it arrives: the host's encoding, the pipe and the worker's decoding of a whole region overlap
 * instead of following one another (v4 sent a frame of some 9 MiB whole, its length first), and
 * neither side holds the whole frame. A segment's kind lets the worker decode it before the line
 * that names it has come.
 */
public final class Frame {

  static final int INTS = 'i';
  static final int DECIMALS = 'd';
  static final int STRINGS = 's';
  static final int END = '.';
  static final int ABANDONED = '!';

  /** The longest frame read (the worker's whole heap): a region of 10,000 ASN takes 5–10 MiB. */
  private static final long MAX_BYTES = 256 << 20;

  private final OutputStream out;
  private byte[] scratch = new byte[8192];
  private int segments;

  /** A frame written to {@code out} as its segments are added. */
  Frame(OutputStream out) {
    this.out = out;
  }

  /**
   * A buffer of at least {@code capacity} bytes to pack the next segment in: one array for every
   * column, since each is written out before the next is packed.
   */
  byte[] buffer(int capacity) {
    if (scratch.length < capacity) {
      scratch = new byte[Math.max(capacity, scratch.length * 2)];
    }
    return scratch;
  }

  /** Writes {@code length} bytes of {@code segment}, of {@code kind}; its number. */
  int add(int kind, byte[] segment, int length) {
    byte[] head = new byte[7];
    int n = 0;
    if (segments == 0) {
      head[n++] = Protocol.FRAME_MARK;
    }
    head[n++] = (byte) kind;
    n = Packed.varint(head, n, length);
    try {
      out.write(head, 0, n);
      out.write(segment, 0, length);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return segments++;
  }

  /** Ends the frame, if a segment was written: its line follows. */
  void end() throws IOException {
    if (segments > 0) {
      out.write(END);
    }
  }

  /** Tells the reader to drop what it has read of the frame, if anything: no line follows. */
  void abandon() throws IOException {
    if (segments > 0) {
      out.write(ABANDONED);
    }
  }

  /**
   * Reads a frame whose {@link Protocol#FRAME_MARK} was just read from {@code in}, decoding each
   * segment as it comes; null if the host abandoned it. A segment whose bytes do not decode is kept
   * as the request's fault ({@link Received#check}), so the worker can still read on to the next
   * request; a frame that is not one leaves no place to read on from and is thrown.
   */
  static Received read(InputStream in) throws IOException {
    List<Object> segments = new ArrayList<>();
    InvalidMessageException fault = null;
    byte[] bytes = new byte[8192];
    long total = 0;
    for (int kind = in.read(); kind != END; kind = in.read()) {
      if (kind == ABANDONED) {
        return null;
      }
      if (kind != INTS && kind != DECIMALS && kind != STRINGS) {
        throw new InvalidMessageException(
            kind < 0 ? "a frame cut short" : "a frame segment of unknown kind " + kind);
      }
      int length = length(in);
      total += length;
      if (total > MAX_BYTES) {
        throw new InvalidMessageException("a frame of more than " + MAX_BYTES + " bytes");
      }
      if (bytes.length < length) {
        bytes = new byte[Math.max(length, bytes.length * 2)];
      }
      if (in.readNBytes(bytes, 0, length) != length) {
        throw new InvalidMessageException("a frame cut short");
      }
      try {
        segments.add(decode(kind, bytes, length));
      } catch (InvalidMessageException e) {
        fault = fault == null ? e : fault;
        segments.add(null);
      }
    }
    return new Received(segments, fault);
  }

  private static Object decode(int kind, byte[] bytes, int length) {
    return switch (kind) {
      case INTS -> Packed.ints(bytes, 0, length);
      case DECIMALS -> Packed.doubles(bytes, 0, length);
      default -> Packed.strings(bytes, 0, length);
    };
  }

  /** A segment's length: an unsigned LEB128 of at most 32 bits. */
  private static int length(InputStream in) throws IOException {
    int v = 0;
    for (int shift = 0; ; shift += 7) {
      int b = in.read();
      if (b < 0 || shift > 28) {
        throw new InvalidMessageException("a frame segment's length cut short");
      }
      v |= (b & 0x7f) << shift;
      if ((b & 0x80) == 0) {
        if (v < 0) {
          throw new InvalidMessageException("a frame segment's length out of range");
        }
        return v;
      }
    }
  }

  /** A frame received: its segments decoded, in their order. */
  public static final class Received {

    private final List<Object> segments;
    private final InvalidMessageException fault;

    private Received(List<Object> segments, InvalidMessageException fault) {
      this.segments = segments;
      this.fault = fault;
    }

    /** Throws what was wrong with a segment's bytes, if anything was. */
    void check() {
      if (fault != null) {
        throw fault;
      }
    }

    IntColumn ints(int segment) {
      return segment(segment, IntColumn.class, "numbers");
    }

    Decimals decimals(int segment) {
      return segment(segment, Decimals.class, "decimals");
    }

    String[] strings(int segment) {
      return segment(segment, String[].class, "strings");
    }

    private <T> T segment(int segment, Class<T> type, String what) {
      if (segment < 0 || segment >= segments.size()) {
        throw new InvalidMessageException("no frame segment " + segment);
      }
      Object value = segments.get(segment);
      if (!type.isInstance(value)) {
        throw new InvalidMessageException("frame segment " + segment + " does not hold " + what);
      }
      return type.cast(value);
    }
  }
}
