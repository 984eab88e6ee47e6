package org.latih.assessment.question.control;

/**
 * Thrown inside an importer when one question cannot be read exactly; the importer turns it into an
 * {@link ImportProblem} and goes on with the next question. Not a domain error: it never leaves
 * this package.
 */
final class SkippedQuestion extends RuntimeException {

  private final String messageKey;
  private final transient Object[] args;

  SkippedQuestion(String messageKey, Object... args) {
    super(messageKey, null, false, false);
    this.messageKey = messageKey;
    this.args = args;
  }

  /** The problem at a line; the line is also the first message argument ("Baris {0}: ..."). */
  ImportProblem at(int line) {
    Object[] withLine = new Object[args.length + 1];
    withLine[0] = line;
    System.arraycopy(args, 0, withLine, 1, args.length);
    return ImportProblem.of(line, messageKey, withLine);
  }
}
