package org.latih.assessment.question.entity;

import java.util.Locale;

/**
 * How a question's texts are written: one format per question applies to its text, option texts,
 * feedback and matching prompts, as GIFT's {@code [html]} marker does. Stored texts stay as the
 * author wrote them (so an export gives the same file back); they are turned into safe HTML only
 * when shown (see {@code QuestionText} in the control package).
 */
public enum TextFormat {
  /** Text as typed: shown escaped, line breaks kept. */
  PLAIN("plain", "plain_text"),
  /** Markdown; raw HTML in it is shown as text, not run. */
  MARKDOWN("markdown", "markdown"),
  /** HTML, sanitised by an allow-list before it reaches a browser. */
  HTML("html", "html"),
  /** Moodle's auto-format: HTML allowed, line breaks become breaks. */
  MOODLE("moodle", "moodle_auto_format");

  private final String gift;
  private final String moodleXml;

  TextFormat(String gift, String moodleXml) {
    this.gift = gift;
    this.moodleXml = moodleXml;
  }

  /** The GIFT marker without brackets: {@code html} for {@code [html]}. */
  public String gift() {
    return gift;
  }

  /** The value of Moodle XML's {@code format} attribute. */
  public String moodleXml() {
    return moodleXml;
  }

  /** The format a GIFT marker names. */
  public static TextFormat ofGift(String marker) {
    String m = marker.toLowerCase(Locale.ROOT);
    for (TextFormat f : values()) {
      if (f.gift.equals(m)) {
        return f;
      }
    }
    throw new InvalidQuestionException("question.format", marker);
  }

  /** The format a Moodle XML {@code format} attribute names; {@code absent} when there is none. */
  public static TextFormat ofMoodleXml(String attribute, TextFormat absent) {
    if (attribute == null || attribute.isBlank()) {
      return absent;
    }
    String a = attribute.strip().toLowerCase(Locale.ROOT);
    for (TextFormat f : values()) {
      if (f.moodleXml.equals(a)) {
        return f;
      }
    }
    throw new InvalidQuestionException("question.format", attribute);
  }
}
