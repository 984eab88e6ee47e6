package org.latih.course.content.control;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * Which files a course may carry and how they are served. Only listed types are accepted, and the
 * first bytes must match the extension, so an HTML or SVG file renamed .png cannot be served to a
 * browser as an image it would then run.
 */
public final class Attachments {

  private record Type(String contentType, byte[] magic) {}

  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final Map<String, Type> TYPES =
      Map.ofEntries(
          Map.entry("pdf", new Type("application/pdf", "%PDF".getBytes())),
          Map.entry("png", new Type("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'})),
          Map.entry(
              "jpg", new Type("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})),
          Map.entry(
              "jpeg", new Type("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})),
          Map.entry("gif", new Type("image/gif", "GIF8".getBytes())),
          Map.entry("webp", new Type("image/webp", "RIFF".getBytes())),
          Map.entry("txt", new Type("text/plain; charset=UTF-8", new byte[0])),
          Map.entry("csv", new Type("text/csv; charset=UTF-8", new byte[0])),
          Map.entry(
              "docx",
              new Type(
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ZIP)),
          Map.entry(
              "xlsx",
              new Type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ZIP)),
          Map.entry(
              "pptx",
              new Type(
                  "application/vnd.openxmlformats-officedocument.presentationml.presentation",
                  ZIP)),
          Map.entry("odt", new Type("application/vnd.oasis.opendocument.text", ZIP)),
          Map.entry("ods", new Type("application/vnd.oasis.opendocument.spreadsheet", ZIP)),
          Map.entry("odp", new Type("application/vnd.oasis.opendocument.presentation", ZIP)));

  private Attachments() {}

  public static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  public static boolean image(String name) {
    return TYPES.containsKey(extension(name))
        && TYPES.get(extension(name)).contentType().startsWith("image/");
  }

  /** The content type, or null when the extension is not allowed or the bytes do not match it. */
  public static String contentType(String name, byte[] bytes) {
    Type type = TYPES.get(extension(name));
    if (type == null || bytes.length < type.magic().length) {
      return null;
    }
    return Arrays.equals(bytes, 0, type.magic().length, type.magic(), 0, type.magic().length)
        ? type.contentType()
        : null;
  }

  public static String allowed() {
    return String.join(", ", new java.util.TreeSet<>(TYPES.keySet()));
  }
}
