package org.latih.course.content.api;

import java.util.List;
import java.util.Map;
import org.latih.course.course.api.CompetencyType;

/**
 * A course package that passed validation: everything needed to create or update a course.
 *
 * @param questionFiles the pre- and post-test files by manifest field ({@code preTest}, {@code
 *     postTest}), kept as written for the assessment module
 */
public record CoursePackage(
    String id,
    String version,
    String title,
    String description,
    int jp,
    CompetencyType competencyType,
    String language,
    List<String> tags,
    List<ModuleContent> modules,
    List<AttachmentFile> attachments,
    Map<String, QuestionFile> questionFiles) {

  /** An e-learning module: a titled, ordered group of lessons. */
  public record ModuleContent(String title, List<LessonContent> lessons) {}

  /**
   * One lesson as written. {@code key} is the file name without extension: stable across versions,
   * so a learner's progress follows the lesson when the course is updated.
   */
  public record LessonContent(
      String path, String key, String title, Integer minutes, String video, String markdown) {}

  /** A file under attachments/, with its checked content type. */
  public record AttachmentFile(String name, String contentType, byte[] bytes) {}

  /** A question bank file (GIFT or Moodle XML) referenced by the manifest. */
  public record QuestionFile(String path, String text) {}
}
