/**
 * Keeping a cohort's sessions, recording who attended, and the rates that follow: per cohort, per
 * session and per unit kerja. {@link org.latih.evaluation.attendance.control.Attendances} answers
 * for other code of the module which sessions a person attended.
 */
package org.latih.evaluation.attendance.control;
