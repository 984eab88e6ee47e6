package org.latih.evaluation.plan.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * One action of a plan: what the participant will do, how one can tell it is done, and by when;
 * once followed up, how far the supervisor saw it done. Changed only through its {@link
 * ActionPlan}, which checks the values.
 */
@Entity
@Table(name = "planned_actions")
public class PlannedAction {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "planned_actions_seq")
  @SequenceGenerator(
      name = "planned_actions_seq",
      sequenceName = "planned_actions_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "plan_id")
  private ActionPlan plan;

  @Column(name = "position_no", nullable = false)
  private int position;

  @Column(nullable = false, length = ActionPlan.MAX_DESCRIPTION)
  private String description;

  @Column(name = "indicator_text", nullable = false, length = ActionPlan.MAX_INDICATOR)
  private String indicator;

  @Column(name = "target_on", nullable = false)
  private LocalDate targetOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 16)
  private FollowUpStatus status;

  @Column(name = "note", length = ActionPlan.MAX_NOTE)
  private String note;

  protected PlannedAction() {}

  PlannedAction(ActionPlan plan, int position, ActionPlan.Action action) {
    this.plan = plan;
    this.position = position;
    rewrite(action);
  }

  /** Rewritten in place, not replaced, so the row keeps its id while a plan is edited. */
  void rewrite(ActionPlan.Action action) {
    this.description = action.description();
    this.indicator = action.indicator();
    this.targetOn = action.targetOn();
  }

  void assess(ActionPlan.Assessment assessment) {
    this.status = assessment.status();
    this.note = assessment.note();
  }

  public int position() {
    return position;
  }

  public String description() {
    return description;
  }

  public String indicator() {
    return indicator;
  }

  public LocalDate targetOn() {
    return targetOn;
  }

  /** The supervisor's verdict, or null before the follow-up. */
  public FollowUpStatus status() {
    return status;
  }

  public String note() {
    return note;
  }
}
