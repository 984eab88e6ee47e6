package org.latih.app.shell;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * One file of the shell as it goes out: its bytes, the same gzip-compressed when it is text, its
 * content type and an entity tag from its contents (weak: both encodings share it).
 */
record ShellFile(byte[] raw, byte[] gzip, String type, String etag) {

  /** The extensions served, with their types; anything else under assets/ is not the shell's. */
  static final Map<String, String> TYPES =
      Map.of(
          "js", "text/javascript; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "html", "text/html; charset=utf-8",
          "svg", "image/svg+xml",
          "json", "application/json",
          "webmanifest", "application/manifest+json",
          "png", "image/png",
          "woff2", "font/woff2");

  static ShellFile of(byte[] raw, String extension) {
    String type = TYPES.get(extension);
    boolean text = type.startsWith("text/") || type.contains("json") || type.contains("svg");
    return new ShellFile(raw, text ? gzip(raw) : null, type, "W/\"" + digest(raw, 16) + '"');
  }

  static ShellFile text(String text, String extension) {
    return of(text.getBytes(StandardCharsets.UTF_8), extension);
  }

  /** The first {@code length} characters of the base64url SHA-256 of the bytes. */
  static String digest(byte[] bytes, int length) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
      return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, length);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] gzip(byte[] raw) {
    var out = new ByteArrayOutputStream(raw.length / 3 + 64);
    try (var zip = new GZIPOutputStream(out)) {
      zip.write(raw);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
