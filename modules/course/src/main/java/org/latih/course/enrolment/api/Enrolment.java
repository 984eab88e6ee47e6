package org.latih.course.enrolment.api;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.latih.course.cohort.api.Cohort;
import org.latih.course.course.api.Course;
import org.latih.course.course.entity.Lesson;
import org.latih.course.enrolment.entity.LessonProgress;
import org.latih.kernel.identity.user.entity.User;

/**
 * A learner taking a course, on their own or in a cohort. Keeps which lessons they have opened and
 * finished, by lesson key, so progress survives a new version of the course; decides completion by
 * the course's rule.
 */
@Entity
@Table(name = "enrolments")
@NamedQuery(
    name = Enrolment.OF_USER_AND_COURSE,
    query = "SELECT e FROM Enrolment e WHERE e.user.id = :userId AND e.course.id = :courseId")
@NamedQuery(
    name = Enrolment.COUNT_IN_COHORT,
    query = "SELECT COUNT(e) FROM Enrolment e WHERE e.cohort.id = :cohortId")
public class Enrolment {

  public static final String OF_USER_AND_COURSE = "Enrolment.ofUserAndCourse";
  public static final String COUNT_IN_COHORT = "Enrolment.countInCohort";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "enrolments_seq")
  @SequenceGenerator(name = "enrolments_seq", sequenceName = "enrolments_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "user_id")
  private User user;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "course_id")
  private Course course;

  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "cohort_id")
  private Cohort cohort;

  @Column(name = "enrolled_at", nullable = false)
  private Instant enrolledAt;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Version private long version;

  @OneToMany(mappedBy = "enrolment", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
  private List<LessonProgress> progress = new ArrayList<>();

  protected Enrolment() {}

  public Enrolment(User user, Course course, Cohort cohort, Instant now) {
    this.user = user;
    this.course = course;
    this.cohort = cohort;
    this.enrolledAt = now;
  }

  public void viewed(Lesson lesson, Instant now) {
    entry(lesson.key()).orElseGet(() -> add(lesson.key(), now)).view(now);
  }

  public void finished(Lesson lesson, Instant now) {
    entry(lesson.key()).orElseGet(() -> add(lesson.key(), now)).finish(now);
  }

  /** Whether every lesson of the current course version is finished. */
  public boolean lessonsDone() {
    return finishedLessons() == course.lessons().size();
  }

  /**
   * Completes the course once every lesson is finished; the other rules (a passed post-test) are
   * checked by the caller, which knows them. A completed course stays completed.
   *
   * @return true if this call completed the course
   */
  public boolean complete(Instant now) {
    if (completedAt != null || !lessonsDone()) {
      return false;
    }
    completedAt = now;
    return true;
  }

  /** Lessons of the current course version finished by this learner. */
  public int finishedLessons() {
    Set<String> keys = course.lessons().stream().map(Lesson::key).collect(Collectors.toSet());
    return (int)
        progress.stream().filter(p -> p.finished() && keys.contains(p.lessonKey())).count();
  }

  /** Whole-number percentage of the course's lessons finished. */
  public int percent() {
    int total = course.lessons().size();
    return total == 0 ? 0 : finishedLessons() * 100 / total;
  }

  public boolean finished(String lessonKey) {
    return entry(lessonKey).map(LessonProgress::finished).orElse(false);
  }

  private Optional<LessonProgress> entry(String key) {
    return progress.stream().filter(p -> p.lessonKey().equals(key)).findFirst();
  }

  private LessonProgress add(String key, Instant now) {
    LessonProgress entry = new LessonProgress(this, key, now);
    progress.add(entry);
    return entry;
  }

  public Long id() {
    return id;
  }

  public User user() {
    return user;
  }

  public Course course() {
    return course;
  }

  public Cohort cohort() {
    return cohort;
  }

  public Instant enrolledAt() {
    return enrolledAt;
  }

  public Instant completedAt() {
    return completedAt;
  }
}
