package org.latih.kernel.rest;

import java.util.List;

/** A value the caller sent is not acceptable; names the field and why. */
public class InvalidInputException extends DomainException {

  public InvalidInputException(String field, String messageKey, Object... args) {
    super(
        KernelProblem.INVALID_INPUT,
        messageKey,
        List.of(new FieldProblem(field, messageKey, args)),
        args);
  }

  public InvalidInputException(List<FieldProblem> problems) {
    super(KernelProblem.INVALID_INPUT, "input.invalid", problems, problems.size());
  }

  /** The field the first problem is about. */
  public String field() {
    return fieldProblems().get(0).field();
  }
}
