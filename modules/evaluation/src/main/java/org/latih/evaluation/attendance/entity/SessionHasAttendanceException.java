package org.latih.evaluation.attendance.entity;

import org.latih.evaluation.EvaluationProblem;
import org.latih.kernel.rest.DomainException;

/** The session has attendance records, so deleting it would lose them. */
public class SessionHasAttendanceException extends DomainException {

  public SessionHasAttendanceException(String sessionTitle, long recorded) {
    super(
        EvaluationProblem.SESSION_HAS_ATTENDANCE,
        "attendance.sessionHasRecords",
        sessionTitle,
        recorded);
  }
}
