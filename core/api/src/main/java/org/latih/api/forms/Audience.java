package org.latih.api.forms;

/**
 * Who fills a form in.
 *
 * @since 0.1
 */
public enum Audience {
  /** The learner who took the course. */
  PARTICIPANT,
  /** The participant's supervisor (atasan langsung), typically some time after the course. */
  SUPERVISOR,
  /** The course's instructor (widyaiswara / fasilitator). */
  INSTRUCTOR,
  /** The training organiser (penyelenggara). */
  ORGANISER
}
