package org.latih.evaluation.attendance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.latih.course.cohort.api.Cohort;
import org.latih.kernel.rest.DomainException.FieldProblem;
import org.latih.kernel.rest.InvalidInputException;

/** One meeting of a cohort: a class day, a workshop, a webinar or an e-learning block. */
@Entity
@Table(name = "cohort_sessions")
@NamedQuery(
    name = CohortSession.OF_COHORT,
    query =
        "SELECT s FROM CohortSession s WHERE s.cohort.id = :cohortId"
            // a session without a start time last in its day, on H2 as on PostgreSQL
            + " ORDER BY s.heldOn, s.startsAt ASC NULLS LAST, s.id")
public class CohortSession {

  public static final String OF_COHORT = "CohortSession.ofCohort";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cohort_sessions_seq")
  @SequenceGenerator(
      name = "cohort_sessions_seq",
      sequenceName = "cohort_sessions_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "cohort_id")
  private Cohort cohort;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(name = "held_on", nullable = false)
  private LocalDate heldOn;

  @Column(name = "starts_at")
  private LocalTime startsAt;

  @Column(name = "delivery_mode", nullable = false, length = 20)
  private String deliveryMode;

  @Column(length = 500)
  private String place;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected CohortSession() {}

  public CohortSession(Cohort cohort, Plan plan, Instant now) {
    this.cohort = cohort;
    this.createdAt = now;
    replan(plan);
  }

  /** What a session is, checked together so the caller hears of every wrong field at once. */
  public record Plan(
      String title, LocalDate date, LocalTime startsAt, DeliveryMode mode, String place) {
    public Plan {
      List<FieldProblem> problems = new ArrayList<>();
      if (title == null || title.isBlank()) {
        problems.add(new FieldProblem("title", "attendance.sessionTitle"));
      } else if (title.strip().length() > 200) {
        problems.add(new FieldProblem("title", "attendance.tooLong", 200));
      }
      if (date == null) {
        problems.add(new FieldProblem("date", "attendance.sessionDate"));
      }
      if (mode == null) {
        problems.add(new FieldProblem("deliveryMode", "attendance.deliveryMode"));
      }
      if (place != null && place.strip().length() > 500) {
        problems.add(new FieldProblem("place", "attendance.tooLong", 500));
      }
      if (!problems.isEmpty()) {
        throw new InvalidInputException(problems);
      }
      title = title.strip();
      place = place == null || place.isBlank() ? null : place.strip();
    }
  }

  public void replan(Plan plan) {
    this.title = plan.title();
    this.heldOn = plan.date();
    this.startsAt = plan.startsAt();
    this.deliveryMode = plan.mode().code();
    this.place = plan.place();
  }

  public Long id() {
    return id;
  }

  public Cohort cohort() {
    return cohort;
  }

  public String title() {
    return title;
  }

  public LocalDate heldOn() {
    return heldOn;
  }

  public LocalTime startsAt() {
    return startsAt;
  }

  /** The stored code: classroom, workshop, webinar or e-learning. */
  public String deliveryMode() {
    return deliveryMode;
  }

  public String place() {
    return place;
  }
}
