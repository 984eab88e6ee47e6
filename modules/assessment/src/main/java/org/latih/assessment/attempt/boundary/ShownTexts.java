package org.latih.assessment.attempt.boundary;

import org.latih.assessment.question.control.QuestionText;
import org.latih.assessment.question.entity.QuestionContent;
import org.latih.assessment.question.entity.TextFormat;

/**
 * How one question's texts go to a browser. A plain question's texts go as written, and the page
 * puts them in as text ({@code "format":"plain"}); any other format goes as HTML sanitised on the
 * server ({@code "format":"html"}), which the page puts in as HTML. Either way nothing that could
 * run in the page is sent.
 */
record ShownTexts(TextFormat format, String course) {

  static ShownTexts of(QuestionContent q, String courseCode) {
    return new ShownTexts(q.format(), courseCode);
  }

  /** What the views' {@code format} field says. */
  String wire() {
    return format == TextFormat.PLAIN ? "plain" : "html";
  }

  /** A question text, option, prompt or feedback as sent. */
  String shown(String text) {
    return format == TextFormat.PLAIN ? text : QuestionText.cached(format, text, course);
  }

  /** A value shown where only text fits (a matching answer, an accepted short answer). */
  String value(String text) {
    String value = QuestionText.plainText(format, text);
    // markup with no text (an image alone): its source as text beats an empty drop-down entry
    return value == null || value.isBlank() ? text : value;
  }
}
