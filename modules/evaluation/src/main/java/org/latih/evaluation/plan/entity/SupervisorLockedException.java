package org.latih.evaluation.plan.entity;

import org.latih.evaluation.EvaluationProblem;
import org.latih.kernel.rest.DomainException;

/** The supervisor has followed the plan up, so the supervisor can no longer be changed. */
public class SupervisorLockedException extends DomainException {

  public SupervisorLockedException() {
    super(EvaluationProblem.SUPERVISOR_LOCKED, "actionPlan.supervisorLocked");
  }
}
