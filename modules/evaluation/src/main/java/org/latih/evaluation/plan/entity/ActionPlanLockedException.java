package org.latih.evaluation.plan.entity;

import org.latih.evaluation.EvaluationProblem;
import org.latih.kernel.rest.DomainException;

/** The supervisor has followed the plan up, so it can no longer be changed. */
public class ActionPlanLockedException extends DomainException {

  public ActionPlanLockedException() {
    super(EvaluationProblem.ACTION_PLAN_LOCKED, "actionPlan.locked");
  }
}
