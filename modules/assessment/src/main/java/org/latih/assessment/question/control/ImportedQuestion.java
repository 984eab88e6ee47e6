package org.latih.assessment.question.control;

import java.util.List;
import org.latih.assessment.question.entity.QuestionContent;

/**
 * One question read from an import file, with where it came from: the category it was filed under
 * (null when the file names none), the 1-based line where it starts, so an author can find it, its
 * tags, its 1-based position among the file's questions (0 when it comes from no file) and Moodle's
 * ID number when the file gives one. Kept apart from the content because none of these is part of
 * what a learner answers; the position and ID number are what make it the same question when the
 * file is imported again.
 */
public record ImportedQuestion(
    String category,
    QuestionContent content,
    int line,
    List<String> tags,
    int position,
    String idnumber) {

  public ImportedQuestion {
    tags = tags == null ? List.of() : List.copyOf(tags);
    idnumber = idnumber == null || idnumber.isBlank() ? null : idnumber.strip();
  }

  /** A question that is not from a file (an export, a test). */
  public ImportedQuestion(String category, QuestionContent content, int line, List<String> tags) {
    this(category, content, line, tags, 0, null);
  }
}
