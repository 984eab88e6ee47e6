package org.latih.assessment.question.entity;

import org.latih.kernel.rest.InvalidInputException;

/** A question whose content cannot be asked or graded, named by what is wrong with it. */
public class InvalidQuestionException extends InvalidInputException {

  public InvalidQuestionException(String messageKey, Object... args) {
    super("question", messageKey, present(args));
  }

  /** A missing name or text is said as nothing: an author must never read Java's "null". */
  static Object[] present(Object... args) {
    Object[] copy = args.clone();
    for (int i = 0; i < copy.length; i++) {
      if (copy[i] == null) {
        copy[i] = "";
      }
    }
    return copy;
  }
}
