package org.latih.course.course.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.latih.course.course.control.Courses;
import org.latih.kernel.security.control.Caller;

/**
 * Finding a course, for other modules: the same lookups and access rules the course module's own
 * resources use, so a quiz or a form is never reachable where its course is not.
 */
@ApplicationScoped
public class CourseCatalog {

  @Inject Courses courses;

  public Optional<Course> byCode(String code) {
    return courses.byCode(code);
  }

  /** The course, if the caller may see it; an invisible course is reported as not found. */
  public Course visible(Caller caller, String code) {
    return courses.visible(caller, code);
  }

  /** The course, if the caller may see and change it; else not found or forbidden. */
  public Course editable(Caller caller, String code) {
    return courses.editable(caller, code);
  }
}
