package org.latih.course.course.api;

/**
 * A question bank file (GIFT or Moodle XML) that came with the course package, kept as written for
 * the assessment module, which builds the course's pre- and post-test from it.
 */
public interface TestFile {

  /** The manifest field that named it: {@code preTest} or {@code postTest}. */
  String kind();

  String path();

  String text();
}
