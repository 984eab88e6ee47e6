package org.latih.course.cohort.api;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.latih.course.course.api.Course;
import org.latih.kernel.identity.region.entity.Region;
import org.latih.kernel.identity.user.entity.User;
import org.latih.kernel.rest.DomainException.FieldProblem;
import org.latih.kernel.rest.InvalidInputException;

/** An angkatan: one scheduled run of a course in a region, with dates, seats and instructors. */
@Entity
@Table(name = "cohorts")
public class Cohort {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cohorts_seq")
  @SequenceGenerator(name = "cohorts_seq", sequenceName = "cohorts_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "course_id")
  private Course course;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "region_id")
  private Region region;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(name = "starts_on", nullable = false)
  private LocalDate startsOn;

  @Column(name = "ends_on", nullable = false)
  private LocalDate endsOn;

  private int capacity;

  @Column(name = "self_enrolment")
  private boolean selfEnrolment;

  @ManyToMany
  @JoinTable(
      name = "cohort_instructors",
      joinColumns = @JoinColumn(name = "cohort_id"),
      inverseJoinColumns = @JoinColumn(name = "user_id"))
  private Set<User> instructors = new HashSet<>();

  protected Cohort() {}

  public Cohort(Course course, Region region, Schedule schedule) {
    this.course = course;
    this.region = region;
    reschedule(schedule);
  }

  /** Name, dates, seats and whether learners may enrol themselves, checked together. */
  public record Schedule(
      String name, LocalDate startsOn, LocalDate endsOn, int capacity, boolean selfEnrolment) {
    public Schedule {
      List<FieldProblem> problems = new ArrayList<>();
      if (name == null || name.isBlank()) {
        problems.add(new FieldProblem("name", "cohort.name"));
      }
      if (startsOn == null || endsOn == null || endsOn.isBefore(startsOn)) {
        problems.add(new FieldProblem("endsOn", "cohort.dates"));
      }
      if (capacity < 1 || capacity > 10_000) {
        problems.add(new FieldProblem("capacity", "cohort.capacity"));
      }
      if (!problems.isEmpty()) {
        throw new InvalidInputException(problems);
      }
      name = name.strip();
    }
  }

  public void reschedule(Schedule schedule) {
    this.name = schedule.name();
    this.startsOn = schedule.startsOn();
    this.endsOn = schedule.endsOn();
    this.capacity = schedule.capacity();
    this.selfEnrolment = schedule.selfEnrolment();
  }

  public void assignInstructors(Set<User> users) {
    instructors.clear();
    instructors.addAll(users);
  }

  /** Open for a learner's own enrolment: self-enrolment allowed and not yet over. */
  public boolean openOn(LocalDate today) {
    return selfEnrolment && !today.isAfter(endsOn);
  }

  public Long id() {
    return id;
  }

  public Course course() {
    return course;
  }

  public Region region() {
    return region;
  }

  public String name() {
    return name;
  }

  public LocalDate startsOn() {
    return startsOn;
  }

  public LocalDate endsOn() {
    return endsOn;
  }

  public int capacity() {
    return capacity;
  }

  public boolean selfEnrolment() {
    return selfEnrolment;
  }

  public Set<User> instructors() {
    return Set.copyOf(instructors);
  }
}
