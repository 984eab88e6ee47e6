package org.latih.course.course.boundary;

import java.time.Instant;
import java.util.List;
import org.latih.course.course.api.Course;

/** The JSON shapes of courses. */
public final class CourseViews {

  private CourseViews() {}

  public record Summary(
      String code,
      String version,
      String title,
      String description,
      int jp,
      String competencyType,
      String language,
      List<String> tags,
      String region,
      String regionName,
      boolean published,
      int lessons,
      Instant updatedAt) {

    public static Summary of(Course c) {
      return of(c, c.lessons().size());
    }

    /** With the lesson count already known, so a list need not load every course's lessons. */
    public static Summary of(Course c, int lessons) {
      return new Summary(
          c.code(),
          c.packageVersion(),
          c.title(),
          c.description(),
          c.jp(),
          c.competencyType().code(),
          c.language(),
          c.tags(),
          c.region() == null ? null : c.region().code(),
          c.region() == null ? null : c.region().name(),
          c.published(),
          lessons,
          c.updatedAt());
    }
  }

  public record LessonItem(String key, String title, Integer minutes, boolean finished) {}

  public record ModuleItem(String title, List<LessonItem> lessons) {}

  public record CohortItem(
      long id,
      String name,
      String startsOn,
      String endsOn,
      int capacity,
      long enrolled,
      boolean open) {}

  /** Where the caller stands in the course; null fields when not enrolled. */
  public record MyProgress(
      boolean enrolled,
      Integer percent,
      Integer finishedLessons,
      Instant completedAt,
      String cohort) {}

  public record Detail(
      Summary course,
      List<ModuleItem> modules,
      MyProgress progress,
      boolean editable,
      List<CohortItem> cohorts) {}
}
