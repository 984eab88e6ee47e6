package org.latih.course.content.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.latih.course.content.api.CourseImported;
import org.latih.course.content.api.CoursePackage;
import org.latih.course.content.api.CoursePackage.AttachmentFile;
import org.latih.course.content.api.CoursePackage.LessonContent;
import org.latih.course.content.api.CoursePackage.ModuleContent;
import org.latih.course.content.api.PackageProblem;
import org.latih.course.content.api.QuestionFileCheck;
import org.latih.course.course.api.Course;
import org.latih.course.course.api.CourseAccess;
import org.latih.course.course.control.Courses;
import org.latih.course.course.entity.CourseDescription;
import org.latih.course.course.entity.CourseModule;
import org.latih.course.course.entity.LessonText;
import org.latih.kernel.identity.region.entity.Region;
import org.latih.kernel.identity.user.entity.Role;
import org.latih.kernel.rest.ForbiddenException;
import org.latih.kernel.security.control.Caller;

/**
 * Stores a validated course package. Idempotent by id and version: the same version again changes
 * nothing; a newer version replaces the content in one transaction and keeps the course's identity,
 * so enrolments and progress (by lesson key) carry over; an older one is refused.
 */
@ApplicationScoped
@Transactional
public class CourseImport {

  @PersistenceContext EntityManager em;
  @Inject Courses courses;
  @Inject Clock clock;
  @Inject @Any Instance<QuestionFileCheck> questionChecks;
  @Inject Event<CourseImported> imported;

  /** What an import did. */
  public enum Outcome {
    CREATED,
    UPDATED,
    UNCHANGED
  }

  public record Result(String code, String version, Outcome outcome) {}

  /**
   * Imports for a caller: new courses belong to the caller's region (shared for a system admin).
   */
  public Result run(Caller caller, CoursePackage pkg) {
    if (!caller.hasAny(Role.SYSTEM_ADMIN, Role.REGIONAL_ADMIN, Role.INSTRUCTOR)) {
      throw new ForbiddenException("course.notEditable");
    }
    Optional<Course> existing = courses.byCode(pkg.id());
    existing.ifPresent(course -> CourseAccess.ensureEditable(caller, course));
    return store(pkg, caller.systemAdmin() ? null : caller.region(), false);
  }

  /** Imports without a caller, as the starter catalogue does at first start. */
  public Result store(CoursePackage pkg, Region region, boolean publish) {
    Instant now = clock.instant();
    Optional<Course> existing = courses.byCode(pkg.id());
    if (existing.isPresent() && existing.get().packageVersion().equals(pkg.version())) {
      return new Result(pkg.id(), pkg.version(), Outcome.UNCHANGED);
    }
    checkQuestionFiles(pkg);
    if (existing.isPresent() && existing.get().newerThan(pkg.version())) {
      throw new OlderPackageVersionException(existing.get().packageVersion(), pkg.version());
    }
    Course course = existing.orElseGet(() -> new Course(pkg.id(), region, now));
    course.describe(
        new CourseDescription(
            pkg.version(),
            pkg.title(),
            pkg.description(),
            pkg.jp(),
            pkg.competencyType(),
            pkg.language(),
            pkg.tags()),
        now);
    if (existing.isPresent()) {
      course.clearContent();
      // Old rows go first: the new ones must not meet them in the same flush.
      em.flush();
    } else {
      course.publish(publish, now);
      em.persist(course);
    }
    fill(course, pkg);
    em.flush();
    imported.fire(new CourseImported(course.id()));
    return new Result(
        pkg.id(), pkg.version(), existing.isPresent() ? Outcome.UPDATED : Outcome.CREATED);
  }

  /** The question files are checked by the modules that read them, before anything is written. */
  private void checkQuestionFiles(CoursePackage pkg) {
    List<PackageProblem> problems = new ArrayList<>();
    for (QuestionFileCheck check : questionChecks) {
      pkg.questionFiles().values().forEach(file -> problems.addAll(check.check(file)));
    }
    if (!problems.isEmpty()) {
      throw new InvalidPackageException(problems);
    }
  }

  private static void fill(Course course, CoursePackage pkg) {
    for (ModuleContent content : pkg.modules()) {
      CourseModule module = course.addModule(content.title());
      for (LessonContent lesson : content.lessons()) {
        String html = LessonRenderer.render(course.code(), lesson.path(), lesson.markdown());
        module.addLesson(
            new LessonText(
                lesson.key(),
                lesson.path(),
                lesson.title(),
                lesson.minutes(),
                lesson.video(),
                lesson.markdown(),
                html));
      }
    }
    for (AttachmentFile file : pkg.attachments()) {
      course.addAttachment(file.name(), file.contentType(), file.bytes());
    }
    pkg.questionFiles()
        .forEach((kind, file) -> course.addQuestionFile(kind, file.path(), file.text()));
  }
}
