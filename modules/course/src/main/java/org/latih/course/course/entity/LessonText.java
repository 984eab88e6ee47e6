package org.latih.course.course.entity;

/**
 * A lesson's content: the Markdown as written and the sanitised HTML rendered from it.
 *
 * @param key stable across package versions (the file name without extension)
 * @param path where the lesson lives in its package, for export
 */
public record LessonText(
    String key,
    String path,
    String title,
    Integer minutes,
    String videoUrl,
    String markdown,
    String html) {}
