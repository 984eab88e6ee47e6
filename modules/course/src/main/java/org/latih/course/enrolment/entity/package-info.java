/** Enrolments and per-lesson progress, kept by lesson key across course versions. */
package org.latih.course.enrolment.entity;
