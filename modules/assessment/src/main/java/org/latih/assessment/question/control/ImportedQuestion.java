package org.latih.assessment.question.control;

import java.util.List;
import org.latih.assessment.question.entity.QuestionContent;

/**
 * One question read from an import file, with where it came from: the category it was filed under
 * (null when the file names none), the 1-based line where it starts, so an author can find it, and
 * its tags. Kept apart from the content because none of these is part of what a learner answers.
 */
public record ImportedQuestion(
    String category, QuestionContent content, int line, List<String> tags) {

  public ImportedQuestion {
    tags = tags == null ? List.of() : List.copyOf(tags);
  }
}
