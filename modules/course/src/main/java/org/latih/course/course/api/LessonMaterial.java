package org.latih.course.course.api;

/** A lesson's Markdown as written, with the title of the e-learning module it belongs to. */
public record LessonMaterial(String key, String title, String moduleTitle, String markdown) {}
