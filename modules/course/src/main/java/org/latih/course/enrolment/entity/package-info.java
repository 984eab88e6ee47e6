/**
 * Per-lesson progress of an enrolment, kept by lesson key across course versions. The enrolment
 * itself is in {@code api}, published to the other modules.
 */
package org.latih.course.enrolment.entity;
