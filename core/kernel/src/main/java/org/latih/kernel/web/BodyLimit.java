package org.latih.kernel.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * The size limit on request bodies that are not uploads: JSON (and anything sent without a
 * Content-Type an upload endpoint reads) is small, so it is held to {@code
 * latih.http.max-json-bytes} before JAX-RS parses it. Uploads (zip, jar, CSV, question files) pass
 * through: their endpoints read them against their own configured limits, while streaming.
 *
 * <p>The declared Content-Length is judged first; a body without one is read up to the limit. An
 * oversized body is read on to a few times the limit before the refusal, as {@code Uploads} does,
 * because most clients report a broken connection instead of a 413 sent before they finished.
 */
final class BodyLimit {

  /** Content types whose endpoints enforce their own upload limits. */
  private static final Set<String> UPLOADS =
      Set.of(
          "application/zip",
          "application/x-zip-compressed",
          "application/java-archive",
          "application/octet-stream",
          "application/xml",
          "text/xml",
          "text/csv",
          "text/plain");

  /** How far past the limit an oversized body is still read before the refusal. */
  static final int DRAIN_FACTOR = 4;

  private final long maxBytes;

  BodyLimit(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  long maxBytes() {
    return maxBytes;
  }

  /** Whether the request is an upload, which this limit leaves to its endpoint. */
  static boolean upload(String contentType) {
    if (contentType == null) {
      return false;
    }
    String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return UPLOADS.contains(type) || type.startsWith("multipart/");
  }

  /**
   * The request to pass on (its body held, at most the limit), or null when the body is too large.
   */
  HttpServletRequest admit(HttpServletRequest request) throws IOException {
    if (upload(request.getContentType())) {
      return request;
    }
    long declared = request.getContentLengthLong();
    boolean chunked = request.getHeader("Transfer-Encoding") != null;
    if (declared <= 0 && !chunked) {
      return request;
    }
    if (declared > maxBytes) {
      if (declared <= DRAIN_FACTOR * maxBytes) {
        drain(request.getInputStream(), declared);
      }
      return null;
    }
    byte[] body = read(request.getInputStream());
    return body == null ? null : new HeldBody(request, body);
  }

  /** The body, or null once it grew past the limit (then drained up to the drain budget). */
  private byte[] read(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    long total = 0;
    for (int n; (n = in.read(buffer)) != -1; ) {
      total += n;
      if (total > maxBytes) {
        drain(in, DRAIN_FACTOR * maxBytes - total);
        return null;
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  private static void drain(InputStream in, long budget) throws IOException {
    byte[] buffer = new byte[8192];
    for (int n; budget > 0 && (n = in.read(buffer)) != -1; ) {
      budget -= n;
    }
  }

  /** The request with its body already read, served from memory to JAX-RS. */
  private static final class HeldBody extends HttpServletRequestWrapper {
    private final byte[] body;

    HeldBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new IllegalStateException("the body is already read");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      String encoding = getCharacterEncoding();
      Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
      return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }
  }
}
