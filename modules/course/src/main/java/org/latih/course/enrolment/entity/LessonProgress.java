package org.latih.course.enrolment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.latih.course.enrolment.api.Enrolment;

/** When a learner first opened a lesson and when they finished it. */
@Entity
@Table(name = "lesson_progress")
public class LessonProgress {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lesson_progress_seq")
  @SequenceGenerator(
      name = "lesson_progress_seq",
      sequenceName = "lesson_progress_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "enrolment_id")
  private Enrolment enrolment;

  @Column(name = "lesson_key", nullable = false, length = 100)
  private String lessonKey;

  @Column(name = "viewed_at", nullable = false)
  private Instant viewedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  protected LessonProgress() {}

  public LessonProgress(Enrolment enrolment, String lessonKey, Instant now) {
    this.enrolment = enrolment;
    this.lessonKey = lessonKey;
    this.viewedAt = now;
  }

  public void view(Instant now) {
    if (viewedAt == null) {
      viewedAt = now;
    }
  }

  public void finish(Instant now) {
    if (finishedAt == null) {
      finishedAt = now;
    }
  }

  public String lessonKey() {
    return lessonKey;
  }

  public boolean finished() {
    return finishedAt != null;
  }
}
