package org.latih.assessment.question.control;

import java.util.List;
import java.util.Map;
import org.latih.assessment.question.entity.QuestionContent;

/**
 * One question read from an import file, with where it came from: the category it was filed under
 * (null when the file names none), the 1-based line where it starts, so an author can find it, its
 * tags, its 1-based position among the file's questions (0 when it comes from no file) and Moodle's
 * ID number when the file gives one. Kept apart from the content because none of these is part of
 * what a learner answers; the position and ID number are what make it the same question when the
 * file is imported again. {@code files} are the files embedded in the question (Moodle XML's base64
 * {@code <file>}), by the name its texts refer to them with ({@code @@PLUGINFILE@@/name}); the bank
 * stores them as the course's attachments.
 */
public record ImportedQuestion(
    String category,
    QuestionContent content,
    int line,
    List<String> tags,
    int position,
    String idnumber,
    Map<String, byte[]> files) {

  public ImportedQuestion {
    tags = tags == null ? List.of() : List.copyOf(tags);
    files = files == null ? Map.of() : Map.copyOf(files);
    idnumber = idnumber == null || idnumber.isBlank() ? null : idnumber.strip();
  }

  /** A question that is not from a file (an export, a test). */
  public ImportedQuestion(String category, QuestionContent content, int line, List<String> tags) {
    this(category, content, line, tags, 0, null, Map.of());
  }

  /** A question read from a file, without embedded files. */
  public ImportedQuestion(
      String category,
      QuestionContent content,
      int line,
      List<String> tags,
      int position,
      String idnumber) {
    this(category, content, line, tags, position, idnumber, Map.of());
  }
}
