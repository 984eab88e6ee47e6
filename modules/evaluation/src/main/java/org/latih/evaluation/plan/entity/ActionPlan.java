package org.latih.evaluation.plan.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.latih.course.course.api.Course;
import org.latih.kernel.identity.region.entity.Region;
import org.latih.kernel.identity.user.entity.User;
import org.latih.kernel.rest.DomainException.FieldProblem;
import org.latih.kernel.rest.InvalidInputException;

/**
 * A participant's action plan (rencana tindak lanjut) for one completed course, naming the direct
 * supervisor (atasan langsung) who later judges how it was carried out.
 *
 * <p>The participant may rewrite it until the supervisor has written the follow-up; from then on it
 * is the record the supervisor judged, so only the follow-up itself still changes. Target dates lie
 * after the course's completion and within a year of it: a plan is about applying what was just
 * learnt, and the follow-up comes "months later".
 */
@Entity
@Table(name = "action_plans")
@NamedQuery(
    name = ActionPlan.OF_PARTICIPANT_AND_COURSE,
    query =
        "SELECT p FROM ActionPlan p WHERE p.participant.id = :userId AND p.course.id = :courseId")
@NamedQuery(
    name = ActionPlan.OF_SUPERVISOR,
    query =
        "SELECT p FROM ActionPlan p WHERE p.supervisor.id = :userId"
            + " ORDER BY p.writtenAt DESC, p.id DESC")
@NamedQuery(
    name = ActionPlan.COUNT_OF_SUPERVISOR,
    query = "SELECT COUNT(p) FROM ActionPlan p WHERE p.supervisor.id = :userId")
@NamedQuery(
    name = ActionPlan.DUE_FOR_SUPERVISOR,
    query =
        "SELECT p FROM ActionPlan p WHERE p.supervisor.id = :userId AND p.followedUpAt IS NULL"
            + " AND p.lastTargetOn < :today ORDER BY p.lastTargetOn, p.id")
public class ActionPlan {

  public static final String OF_PARTICIPANT_AND_COURSE = "ActionPlan.ofParticipantAndCourse";
  public static final String OF_SUPERVISOR = "ActionPlan.ofSupervisor";
  public static final String COUNT_OF_SUPERVISOR = "ActionPlan.countOfSupervisor";
  public static final String DUE_FOR_SUPERVISOR = "ActionPlan.dueForSupervisor";

  public static final int MAX_ACTIONS = 10;
  public static final int MAX_DESCRIPTION = 1000;
  public static final int MAX_INDICATOR = 500;
  public static final int MAX_NOTE = 1000;
  public static final int MAX_COMMENT = 1000;
  public static final int MAX_DAYS = 365;
  public static final int MIN_SCORE = 1;
  public static final int MAX_SCORE = 4;

  /** Completion dates are the participant's calendar days, and Latih's people work in WIB. */
  public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "action_plans_seq")
  @SequenceGenerator(
      name = "action_plans_seq",
      sequenceName = "action_plans_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "region_id")
  private Region region;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "participant_id")
  private User participant;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "course_id")
  private Course course;

  @Column(name = "completed_at", nullable = false)
  private Instant completedAt;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "supervisor_id")
  private User supervisor;

  @OneToMany(
      mappedBy = "plan",
      cascade = CascadeType.ALL,
      orphanRemoval = true,
      fetch = FetchType.EAGER)
  @OrderBy("position")
  private List<PlannedAction> actions = new ArrayList<>();

  @Column(name = "last_target_on", nullable = false)
  private LocalDate lastTargetOn;

  @Column(name = "written_at", nullable = false)
  private Instant writtenAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "followed_up_at")
  private Instant followedUpAt;

  @Column(name = "follow_up_changed_at")
  private Instant followUpChangedAt;

  @Column(name = "overall_score")
  private Integer score;

  @Column(name = "follow_up_comment", length = MAX_COMMENT)
  private String comment;

  @Version private long version;

  /** One planned action as the participant writes it. */
  public record Action(String description, String indicator, LocalDate targetOn) {
    public Action {
      description = clean(description);
      indicator = clean(indicator);
    }
  }

  /** The supervisor's verdict on one action. */
  public record Assessment(FollowUpStatus status, String note) {
    public Assessment {
      note = clean(note);
    }
  }

  protected ActionPlan() {}

  /**
   * A new plan for a course the participant completed at {@code completedAt}.
   *
   * @throws InvalidInputException naming every action field that is wrong
   */
  public ActionPlan(
      User participant,
      Course course,
      Instant completedAt,
      User supervisor,
      List<Action> actions,
      Instant now) {
    this.region = Objects.requireNonNull(participant.region(), "participant without a region");
    this.participant = participant;
    this.course = course;
    this.completedAt = Objects.requireNonNull(completedAt, "course not completed");
    this.writtenAt = now;
    revise(supervisor, actions, now);
  }

  /** Rewrites supervisor and actions; refused once the supervisor has followed the plan up. */
  public void revise(User supervisor, List<Action> actions, Instant now) {
    ensureEditable();
    List<FieldProblem> problems = PlanRules.actions(actions, completedOn());
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    name(supervisor);
    for (int i = 0; i < actions.size(); i++) {
      if (i < this.actions.size()) {
        this.actions.get(i).rewrite(actions.get(i));
      } else {
        this.actions.add(new PlannedAction(this, i + 1, actions.get(i)));
      }
    }
    while (this.actions.size() > actions.size()) {
      this.actions.remove(this.actions.size() - 1);
    }
    this.lastTargetOn =
        actions.stream().map(Action::targetOn).max(Comparator.naturalOrder()).orElseThrow();
    this.updatedAt = now;
  }

  /** A regional admin puts the right supervisor in; only before the follow-up is written. */
  public void correctSupervisor(User supervisor, Instant now) {
    if (followedUp()) {
      throw new SupervisorLockedException();
    }
    name(supervisor);
    this.updatedAt = now;
  }

  private void name(User supervisor) {
    boolean self =
        supervisor == participant
            || (supervisor != null
                && supervisor.id() != null
                && supervisor.id().equals(participant.id()));
    if (supervisor == null || self) {
      throw new InvalidInputException("supervisorNip", "actionPlan.supervisorSelf");
    }
    this.supervisor = supervisor;
  }

  /**
   * The supervisor's follow-up: a verdict per action in their order, an overall score of 1 to 4 and
   * a comment. May be written before the plan is due, and changed afterwards; the first writing
   * stays recorded as {@link #followedUpAt()}.
   */
  public void followUp(List<Assessment> assessments, Integer score, String comment, Instant now) {
    String cleanComment = clean(comment);
    List<FieldProblem> problems =
        PlanRules.followUp(actions.size(), assessments, score, cleanComment);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    for (int i = 0; i < actions.size(); i++) {
      actions.get(i).assess(assessments.get(i));
    }
    this.score = score;
    this.comment = cleanComment;
    if (followedUpAt == null) {
      followedUpAt = now;
    }
    followUpChangedAt = now;
  }

  /** The last day a target may be set on, for a course completed on {@code completedOn}. */
  public static LocalDate latestTarget(LocalDate completedOn) {
    return completedOn.plusDays(MAX_DAYS);
  }

  private void ensureEditable() {
    if (followedUp()) {
      throw new ActionPlanLockedException();
    }
  }

  /** Whether the participant may still change the plan. */
  public boolean editable() {
    return !followedUp();
  }

  public boolean followedUp() {
    return followedUpAt != null;
  }

  /** Due for follow-up: the latest target date has passed and the supervisor has not written. */
  public boolean due(LocalDate today) {
    return !followedUp() && today.isAfter(lastTargetOn);
  }

  /** The participant's calendar day of completion, which bounds the target dates. */
  public LocalDate completedOn() {
    return completedAt.atZone(WIB).toLocalDate();
  }

  private static String clean(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public Long id() {
    return id;
  }

  public Region region() {
    return region;
  }

  public User participant() {
    return participant;
  }

  public Course course() {
    return course;
  }

  public Instant completedAt() {
    return completedAt;
  }

  public User supervisor() {
    return supervisor;
  }

  public List<PlannedAction> actions() {
    return List.copyOf(actions);
  }

  public LocalDate lastTargetOn() {
    return lastTargetOn;
  }

  public Instant writtenAt() {
    return writtenAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  /** When the supervisor first wrote the follow-up, or null. */
  public Instant followedUpAt() {
    return followedUpAt;
  }

  public Instant followUpChangedAt() {
    return followUpChangedAt;
  }

  public Integer score() {
    return score;
  }

  public String comment() {
    return comment;
  }
}
