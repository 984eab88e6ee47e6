package org.latih.api.forms;

/**
 * When a form is handed out.
 *
 * @since 0.1
 */
public enum TimingKind {
  /** After every session (pertemuan) of the course. */
  PER_SESSION,
  /** When the course or cohort ends. */
  COURSE_END,
  /** A number of days after the participant completed the course. */
  AFTER_COMPLETION
}
