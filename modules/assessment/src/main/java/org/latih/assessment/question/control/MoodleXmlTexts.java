package org.latih.assessment.question.control;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.latih.assessment.question.entity.TextFormat;
import org.latih.course.course.api.CourseFiles;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The formatted texts of one Moodle XML question: its text, choice texts, feedback and matching
 * prompts, each with its {@code format} attribute and embedded {@code <file>}s.
 *
 * <p>Latih keeps one format per question. When every text has the question text's format, that is
 * it; when they differ (a plain answer in an HTML question, as Moodle writes some), every text is
 * converted to HTML, the one format all others can be written in without loss. Accepted answers of
 * short-answer and numeric questions and matching answers are values a learner's answer is compared
 * with, never converted.
 *
 * <p>Each embedded file is decoded, checked by its first bytes as course attachments are, limited
 * in size, and renamed after its content ({@link CourseFiles#questionFileName}); the text's
 * {@code @@PLUGINFILE@@/name} is rewritten to that name, which the bank turns into the course's
 * attachment URL when it stores the question.
 */
final class MoodleXmlTexts {

  /** Largest embedded file: a picture in a question, not a document store. */
  static final int MAX_FILE_BYTES = 1 << 20;

  static final String PLUGINFILE = "@@PLUGINFILE@@/";

  private static final Pattern REFERENCE = Pattern.compile("@@PLUGINFILE@@/([^\"'<>\\s?#]+)");

  private final String label;
  private final TextFormat questionFormat;
  private final boolean mixed;
  private final Map<String, byte[]> files = new LinkedHashMap<>();

  /**
   * @param formatted every element of the question whose {@code <text>} has a format, question text
   *     first
   */
  MoodleXmlTexts(String label, List<Element> formatted) {
    this.label = label;
    TextFormat first = null;
    boolean differs = false;
    for (Element e : formatted) {
      // Moodle's own default when the attribute is missing: the question text's format
      TextFormat f = format(e, first == null ? TextFormat.MOODLE : first);
      if (first == null) {
        first = f;
      } else if (f != first) {
        differs = true;
      }
    }
    this.questionFormat = first == null ? TextFormat.MOODLE : first;
    this.mixed = differs;
  }

  /** The format of the question's texts as stored. */
  TextFormat format() {
    return mixed ? TextFormat.HTML : questionFormat;
  }

  /** The files the question's texts refer to, by their new names. */
  Map<String, byte[]> files() {
    return files;
  }

  /**
   * The text of a formatted element, in {@link #format()}, with its files' references renamed; null
   * when blank.
   */
  String read(Element e) {
    if (e == null) {
      return null;
    }
    String text = MoodleXmlFormat.value(e, "text");
    if (text == null) {
      return null;
    }
    if (mixed) {
      text = QuestionText.toHtml(format(e, questionFormat), text);
    }
    return withFiles(e, text);
  }

  private TextFormat format(Element e, TextFormat absent) {
    try {
      return TextFormat.ofMoodleXml(e.getAttribute("format"), absent);
    } catch (org.latih.assessment.question.entity.InvalidQuestionException unknown) {
      throw new SkippedQuestion("moodleXml.format", label, e.getAttribute("format"));
    }
  }

  private String withFiles(Element e, String text) {
    Map<String, String> renamed = new LinkedHashMap<>();
    for (Element file : children(e, "file")) {
      String name = file.getAttribute("name").strip();
      byte[] bytes = decode(file, name);
      if (bytes.length > MAX_FILE_BYTES) {
        throw new SkippedQuestion("moodleXml.fileTooLarge", name, label, MAX_FILE_BYTES / 1024);
      }
      if (CourseFiles.contentType(name, bytes) == null) {
        throw new SkippedQuestion("moodleXml.fileType", name, label, CourseFiles.allowed());
      }
      String stored = CourseFiles.questionFileName(name, bytes);
      files.put(stored, bytes);
      renamed.put(name, stored);
      // Moodle writes references URL-encoded (a space as %20)
      renamed.put(URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"), stored);
    }
    Matcher m = REFERENCE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String stored = renamed.get(m.group(1));
      if (stored == null) {
        throw new SkippedQuestion("moodleXml.missingFile", label, m.group(1));
      }
      m.appendReplacement(out, Matcher.quoteReplacement(PLUGINFILE + stored));
    }
    m.appendTail(out);
    return out.toString();
  }

  private byte[] decode(Element file, String name) {
    String encoding = file.getAttribute("encoding").strip();
    if (name.isEmpty()
        || name.contains("/")
        || name.contains("\\")
        || !(encoding.isEmpty() || encoding.equalsIgnoreCase("base64"))) {
      throw new SkippedQuestion("moodleXml.badFile", name, label);
    }
    try {
      return Base64.getMimeDecoder().decode(file.getTextContent().strip());
    } catch (IllegalArgumentException e) {
      throw new SkippedQuestion("moodleXml.badFile", name, label);
    }
  }

  static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        found.add(e);
      }
    }
    return found;
  }
}
