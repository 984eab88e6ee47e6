package org.latih.course.course.api;

/**
 * Fired inside the transaction that changed a course's description or publication, or deleted it:
 * the search index follows, once the transaction has committed.
 */
public record CourseChanged(String code, boolean deleted) {}
