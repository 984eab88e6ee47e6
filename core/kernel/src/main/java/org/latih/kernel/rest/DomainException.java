package org.latih.kernel.rest;

import java.util.List;

/**
 * Something the caller asked for cannot happen, said in words a person can act on.
 *
 * <p>Subclasses name what happened; the message is a key into the kernel's message bundle so the
 * problem detail speaks the caller's language. {@link #problemType()} is a stable slug that clients
 * may switch on.
 */
public abstract class DomainException extends RuntimeException {

  private final int status;
  private final String problemType;
  private final String messageKey;
  private final transient Object[] args;
  private final List<FieldProblem> fieldProblems;

  protected DomainException(
      int status,
      String problemType,
      String messageKey,
      List<FieldProblem> fieldProblems,
      Object... args) {
    super(messageKey, null, false, false);
    this.status = status;
    this.problemType = problemType;
    this.messageKey = messageKey;
    this.args = args;
    this.fieldProblems = List.copyOf(fieldProblems);
  }

  public int status() {
    return status;
  }

  public String problemType() {
    return problemType;
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] args() {
    return args.clone();
  }

  public List<FieldProblem> fieldProblems() {
    return fieldProblems;
  }

  /** One field that was wrong, with its own message key and arguments. */
  public record FieldProblem(String field, String messageKey, Object... args) {}
}
