/**
 * The attempt engine: start or resume, idempotent ordered saves, the server-side deadline and its
 * sweeper, submitting, grading by hand, regrading, and what tests mean for a course's lessons and
 * completion.
 */
package org.latih.assessment.attempt.control;
