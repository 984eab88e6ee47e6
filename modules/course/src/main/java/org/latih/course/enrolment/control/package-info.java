/** Enrolment, lesson progress and course completion with its JP credit. */
package org.latih.course.enrolment.control;
