package org.latih.kernel.rest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads an uploaded body with a hard size limit, so an oversized upload is refused, not buffered.
 */
public final class Uploads {

  private Uploads() {}

  /**
   * The body, or a {@link PayloadTooLargeException} past {@code limitBytes}. A moderately oversized
   * body is read to its end first: a server that answers before the client has sent everything
   * makes most clients report a broken connection instead of the 413.
   */
  public static byte[] read(InputStream in, long limitBytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    long total = 0;
    try (in) {
      for (int n; (n = in.read(buffer)) != -1; ) {
        total += n;
        if (total > limitBytes) {
          drain(in, buffer, DRAIN_FACTOR * limitBytes - total);
          throw new PayloadTooLargeException(limitBytes);
        }
        out.write(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * The body as a stream that fails with {@link PayloadTooLargeException} once more than {@code
   * limitBytes} have been read, for readers that work while the upload streams in instead of
   * holding it whole. Past the limit it drains as {@link #read} does, so the client sees the 413.
   */
  public static InputStream limited(InputStream in, long limitBytes) {
    return new java.io.FilterInputStream(in) {
      private long total;

      @Override
      public int read() throws IOException {
        int b = super.read();
        count(b < 0 ? 0 : 1);
        return b;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        count(Math.max(n, 0));
        return n;
      }

      private void count(int n) throws IOException {
        total += n;
        if (total > limitBytes) {
          drain(in, new byte[8192], DRAIN_FACTOR * limitBytes - total);
          throw new PayloadTooLargeException(limitBytes);
        }
      }
    };
  }

  /** How far past the limit a body is still read to its end before refusing it. */
  public static final int DRAIN_FACTOR = 4;

  /**
   * Reads and discards what a streaming reader left of the body (a zip's central directory, or all
   * of it when the request was refused before reading), up to the drain budget, so the client
   * receives the answer instead of a reset connection.
   */
  public static void skipRest(InputStream in, long limitBytes) {
    try {
      drain(in, new byte[8192], DRAIN_FACTOR * limitBytes);
    } catch (IOException e) {
      // the client went away; there is nobody left to answer
    }
  }

  private static void drain(InputStream in, byte[] buffer, long budget) throws IOException {
    for (int n; budget > 0 && (n = in.read(buffer)) != -1; ) {
      budget -= n;
    }
  }

  /** Decodes strict UTF-8: a file saved in another encoding is refused instead of garbled. */
  public static String utf8(byte[] bytes, String field) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new InvalidInputException(field, "upload.notUtf8");
    }
  }
}
