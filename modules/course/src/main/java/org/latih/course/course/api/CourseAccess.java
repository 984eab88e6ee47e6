package org.latih.course.course.api;

import java.util.Objects;
import org.latih.kernel.identity.user.entity.Role;
import org.latih.kernel.rest.ForbiddenException;
import org.latih.kernel.security.control.Caller;

/**
 * Who may see and change a course. Learners see published courses shared by all regions or of their
 * own region; staff of a region also see its drafts, not those of shared courses (system admins'
 * work in progress); system admins see everything. A region's admins and instructors change that
 * region's courses; shared courses belong to system admins.
 */
public final class CourseAccess {

  private CourseAccess() {}

  public static boolean staff(Caller caller) {
    return caller.hasAny(Role.REGIONAL_ADMIN, Role.INSTRUCTOR, Role.EVALUATOR, Role.SYSTEM_ADMIN);
  }

  public static boolean visible(Caller caller, Course course) {
    if (caller.systemAdmin()) {
      return true;
    }
    boolean own =
        course.region() != null
            && caller.region() != null
            && Objects.equals(course.region().id(), caller.region().id());
    if (course.published()) {
      return own || course.region() == null;
    }
    return own && staff(caller);
  }

  public static boolean editable(Caller caller, Course course) {
    if (caller.systemAdmin()) {
      return true;
    }
    return caller.hasAny(Role.REGIONAL_ADMIN, Role.INSTRUCTOR)
        && course.region() != null
        && caller.region() != null
        && Objects.equals(course.region().id(), caller.region().id());
  }

  public static void ensureEditable(Caller caller, Course course) {
    if (!editable(caller, course)) {
      throw new ForbiddenException("course.notEditable");
    }
  }
}
