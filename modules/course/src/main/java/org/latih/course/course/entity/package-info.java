/**
 * The parts of a course: its modules, lessons, attachments and question files. The course itself is
 * in {@code api}, published to the other modules.
 */
package org.latih.course.course.entity;
