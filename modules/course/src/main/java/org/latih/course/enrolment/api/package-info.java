/**
 * What the course module publishes about enrolments to the other modules: the {@link
 * org.latih.course.enrolment.api.Enrolment} entity that tests, forms and reports are about, the
 * learner's own enrolments and the completion re-check through {@link
 * org.latih.course.enrolment.api.LearnerEnrolments}, and the two seams other modules plug into:
 * {@link org.latih.course.enrolment.api.CompletionRule} and {@link
 * org.latih.course.enrolment.api.LessonGate}.
 */
package org.latih.course.enrolment.api;
