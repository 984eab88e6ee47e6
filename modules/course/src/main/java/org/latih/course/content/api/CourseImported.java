package org.latih.course.content.api;

/**
 * Fired, inside the import's transaction, when a course package created or updated a course: the
 * assessment module builds the course's question banks and tests from its question files.
 */
public record CourseImported(Long courseId) {}
