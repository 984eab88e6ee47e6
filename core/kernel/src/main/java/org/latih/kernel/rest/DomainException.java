package org.latih.kernel.rest;

import java.util.List;
import java.util.Map;

/**
 * Something the caller asked for cannot happen, said in words a person can act on.
 *
 * <p>Subclasses name what happened and carry its {@link ProblemType}, which fixes the problem's
 * {@code type} URI and HTTP status; the message is a key into the message bundles so the problem
 * detail speaks the caller's language.
 */
public abstract class DomainException extends RuntimeException {

  private final ProblemType type;
  private final String messageKey;
  private final transient Object[] args;
  private final List<FieldProblem> fieldProblems;

  protected DomainException(ProblemType type, String messageKey, Object... args) {
    this(type, messageKey, List.of(), args);
  }

  protected DomainException(
      ProblemType type, String messageKey, List<FieldProblem> fieldProblems, Object... args) {
    super(messageKey, null, false, false);
    this.type = type;
    this.messageKey = messageKey;
    this.args = args;
    this.fieldProblems = List.copyOf(fieldProblems);
  }

  public ProblemType type() {
    return type;
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

  /**
   * Whether a single field problem may stand as the whole problem's detail (the usual case). An
   * exception whose own message says something the field problem does not (such as "nothing was
   * stored") answers false.
   */
  public boolean detailFromSingleFieldProblem() {
    return true;
  }

  /**
   * RFC 9457 extension members that let a client act without another request, such as the sequence
   * number already saved; empty for most problems.
   */
  public Map<String, Object> extensions() {
    return Map.of();
  }

  /** One field that was wrong, with its own message key and arguments. */
  public record FieldProblem(String field, String messageKey, Object... args) {}
}
