package org.latih.evaluation.attendance.control;

import java.util.List;

/** PLACEHOLDER until the attendance work is merged. */
@jakarta.enterprise.context.ApplicationScoped
public class Attendances {
  public record AttendedSession(
      Long sessionId,
      String courseCode,
      String courseTitle,
      String cohort,
      String sessionTitle,
      java.time.LocalDate date,
      String deliveryMode) {}

  public List<AttendedSession> attendedBy(Long userId) {
    return List.of();
  }
}
