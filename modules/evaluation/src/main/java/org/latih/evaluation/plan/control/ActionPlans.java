package org.latih.evaluation.plan.control;

import java.util.List;

/** PLACEHOLDER until the action plan work is merged. */
@jakarta.enterprise.context.ApplicationScoped
public class ActionPlans {
  public record Supervised(
      Long participantId,
      String participantName,
      String unitKerja,
      String courseCode,
      String courseTitle,
      java.time.Instant completedAt) {}

  public List<Supervised> supervisedBy(Long supervisorUserId) {
    return List.of();
  }
}
