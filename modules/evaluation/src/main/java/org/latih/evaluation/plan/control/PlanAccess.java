package org.latih.evaluation.plan.control;

import java.util.Objects;
import org.latih.evaluation.plan.entity.ActionPlan;
import org.latih.kernel.identity.user.entity.Role;
import org.latih.kernel.rest.ForbiddenException;
import org.latih.kernel.security.control.Caller;

/**
 * Who may read action plans: the participant and the supervisor they named read that plan; the
 * staff of a region (admins, evaluators, instructors) read all of the region's plans; system admins
 * read everything. A plan is personal, so learners never read anyone else's.
 */
public final class PlanAccess {

  private PlanAccess() {}

  public static boolean staff(Caller caller) {
    return caller.hasAny(Role.SYSTEM_ADMIN, Role.REGIONAL_ADMIN, Role.EVALUATOR, Role.INSTRUCTOR);
  }

  public static boolean readable(Caller caller, ActionPlan plan) {
    if (Objects.equals(plan.participant().id(), caller.userId())
        || Objects.equals(plan.supervisor().id(), caller.userId())
        || caller.systemAdmin()) {
      return true;
    }
    return staff(caller)
        && caller.region() != null
        && Objects.equals(caller.region().id(), plan.region().id());
  }

  /** Staff figures are per region: a staff member with a region, or refused. */
  public static void ensureRegionStaff(Caller caller) {
    if (!staff(caller)) {
      throw new ForbiddenException("evaluation.staffOnly");
    }
    if (caller.region() == null) {
      throw new ForbiddenException("evaluation.noRegion");
    }
  }
}
