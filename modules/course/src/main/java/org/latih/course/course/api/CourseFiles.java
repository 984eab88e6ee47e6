package org.latih.course.course.api;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import org.latih.course.content.control.Attachments;

/**
 * The rules for a course's files, for other modules that bring files into a course: the question
 * bank stores images embedded in imported questions as course attachments, checked exactly as a
 * package's attachments are and named by their content, so two questions' {@code image.png} never
 * collide and the same image imported twice is stored once.
 */
public final class CourseFiles {

  private static final Pattern QUESTION_FILE = Pattern.compile("q-[0-9a-f]{16}\\.[a-z0-9]{1,8}");

  private CourseFiles() {}

  /** The checked content type, or null when the extension is not allowed or the bytes lie. */
  public static String contentType(String name, byte[] bytes) {
    return Attachments.contentType(name, bytes);
  }

  /** The extensions a course file may have, for messages. */
  public static String allowed() {
    return Attachments.allowed();
  }

  /** The attachment name of a question's file: its content's hash, with the original extension. */
  public static String questionFileName(String originalName, byte[] bytes) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
      String ext = Attachments.extension(originalName).toLowerCase(Locale.ROOT);
      return "q-" + HexFormat.of().formatHex(hash, 0, 8) + "." + ext;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** Whether an attachment is a question's file (see {@link #questionFileName}). */
  public static boolean questionFile(String name) {
    return name != null && QUESTION_FILE.matcher(name).matches();
  }
}
