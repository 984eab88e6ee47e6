package org.latih.evaluation.attendance.entity;

import org.latih.evaluation.EvaluationProblem;
import org.latih.kernel.rest.DomainException;

/** Someone else saved the same attendance sheet at the same moment. */
public class AttendanceChangedException extends DomainException {

  public AttendanceChangedException(String sessionTitle) {
    super(EvaluationProblem.ATTENDANCE_CHANGED, "attendance.concurrent", sessionTitle);
  }
}
