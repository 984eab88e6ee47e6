package org.latih.evaluation.plan.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.latih.evaluation.plan.entity.ActionPlan;
import org.latih.evaluation.plan.entity.PlannedAction;
import org.latih.kernel.identity.user.entity.User;

/**
 * An action plan as the API shows it: dates as ISO text (yyyy-MM-dd), the follow-up null until the
 * supervisor has written it.
 */
public record PlanView(
    long id,
    String course,
    String courseTitle,
    Instant completedAt,
    Person participant,
    Person supervisor,
    List<ActionView> actions,
    String lastTargetOn,
    String latestAllowedTarget,
    boolean editable,
    boolean due,
    Instant writtenAt,
    Instant updatedAt,
    FollowUpView followUp) {

  /** Someone named in a plan. */
  public record Person(String nip, String name, String unitKerja, String jabatan) {

    static Person of(User user) {
      return new Person(
          user.username(), user.name(), user.profile().unitKerja(), user.profile().jabatan());
    }
  }

  public record ActionView(
      int position,
      String description,
      String indicator,
      String targetOn,
      String status,
      String note) {

    static ActionView of(PlannedAction a) {
      return new ActionView(
          a.position(),
          a.description(),
          a.indicator(),
          a.targetOn().toString(),
          a.status() == null ? null : a.status().name(),
          a.note());
    }
  }

  public record FollowUpView(int score, String comment, Instant followedUpAt, Instant changedAt) {}

  static PlanView of(ActionPlan p, LocalDate today) {
    return new PlanView(
        p.id(),
        p.course().code(),
        p.course().title(),
        p.completedAt(),
        Person.of(p.participant()),
        Person.of(p.supervisor()),
        p.actions().stream().map(ActionView::of).toList(),
        p.lastTargetOn().toString(),
        ActionPlan.latestTarget(p.completedOn()).toString(),
        p.editable(),
        p.due(today),
        p.writtenAt(),
        p.updatedAt(),
        p.followedUp()
            ? new FollowUpView(p.score(), p.comment(), p.followedUpAt(), p.followUpChangedAt())
            : null);
  }
}
