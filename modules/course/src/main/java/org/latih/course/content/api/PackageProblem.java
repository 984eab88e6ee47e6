package org.latih.course.content.api;

/**
 * One thing wrong with a course package: the file, the line when known (else 0), and a message key
 * with its arguments from the course message bundle.
 */
public record PackageProblem(String path, int line, String messageKey, Object... args) {

  /** "lessons/01-intro.md:12", or just the path when the line is unknown. */
  public String where() {
    return line > 0 ? path + ":" + line : path;
  }
}
