package org.latih.assessment.analysis.control;

import java.util.Objects;
import org.latih.course.course.api.Course;
import org.latih.course.course.api.CourseAccess;
import org.latih.kernel.identity.user.entity.Role;
import org.latih.kernel.identity.user.entity.User;
import org.latih.kernel.rest.ForbiddenException;
import org.latih.kernel.security.control.Caller;

/**
 * Who sees learners' results: instructors, regional admins and evaluators see those of their own
 * region's learners in courses they can see; system admins see everyone's. Learners see their own
 * results only, through the attempt endpoints.
 */
public final class ResultsAccess {

  private ResultsAccess() {}

  public static void ensureViewer(Caller caller, Course course) {
    boolean staff =
        caller.hasAny(Role.SYSTEM_ADMIN, Role.REGIONAL_ADMIN, Role.INSTRUCTOR, Role.EVALUATOR);
    if (!staff || !CourseAccess.visible(caller, course)) {
      throw new ForbiddenException("results.forbidden");
    }
  }

  /** Staff of no region (other than system admins) see no learner's results at all. */
  public static boolean seesNoOne(Caller caller) {
    return !caller.systemAdmin() && caller.region() == null;
  }

  public static boolean sees(Caller caller, User learner) {
    return caller.systemAdmin()
        || (caller.region() != null
            && learner.region() != null
            && Objects.equals(caller.region().id(), learner.region().id()));
  }
}
