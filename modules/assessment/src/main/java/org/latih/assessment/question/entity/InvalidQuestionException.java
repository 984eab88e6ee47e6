package org.latih.assessment.question.entity;

import org.latih.kernel.rest.InvalidInputException;

/** A question whose content cannot be asked or graded, named by what is wrong with it. */
public class InvalidQuestionException extends InvalidInputException {

  public InvalidQuestionException(String messageKey, Object... args) {
    super("question", messageKey, args);
  }
}
