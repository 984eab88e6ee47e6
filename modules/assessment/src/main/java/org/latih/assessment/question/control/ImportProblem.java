package org.latih.assessment.question.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Why one question (or a whole file) could not be imported, as a message key and its arguments so
 * the report speaks the reader's language. The line is 1-based; 0 means the line is unknown. An
 * importer reports instead of guessing, so the author fixes the file rather than a wrong question
 * silently reaching learners.
 */
public record ImportProblem(int line, String messageKey, List<Object> args) {

  public ImportProblem {
    // a missing argument (a question without a name) is said as nothing, never as Java's "null"
    args =
        args == null
            ? List.of()
            : Collections.unmodifiableList(
                new ArrayList<>(args.stream().map(a -> a == null ? (Object) "" : a).toList()));
  }

  public static ImportProblem of(int line, String messageKey, Object... args) {
    return new ImportProblem(line, messageKey, Arrays.asList(args));
  }
}
