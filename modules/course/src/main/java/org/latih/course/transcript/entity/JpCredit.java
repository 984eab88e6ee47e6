package org.latih.course.transcript.entity;

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
import java.time.Instant;
import java.time.ZoneId;
import org.latih.course.course.api.Course;
import org.latih.kernel.identity.user.entity.User;

/**
 * JP earned: completing a course credits its JP to the learner in the year of completion (in
 * Indonesian western time, where the year turns for most ASN). One credit per learner and course.
 */
@Entity
@Table(name = "jp_credits")
@NamedQuery(
    name = JpCredit.OF_USER,
    query = "SELECT c FROM JpCredit c WHERE c.user.id = :userId ORDER BY c.creditedAt DESC")
public class JpCredit {

  public static final String OF_USER = "JpCredit.ofUser";
  static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "jp_credits_seq")
  @SequenceGenerator(name = "jp_credits_seq", sequenceName = "jp_credits_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "user_id")
  private User user;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "course_id")
  private Course course;

  @Column(name = "credit_year", nullable = false)
  private int year;

  private int jp;

  @Column(name = "credited_at", nullable = false)
  private Instant creditedAt;

  protected JpCredit() {}

  public JpCredit(User user, Course course, Instant completedAt) {
    this.user = user;
    this.course = course;
    this.jp = course.jp();
    this.creditedAt = completedAt;
    this.year = completedAt.atZone(WIB).getYear();
  }

  public Course course() {
    return course;
  }

  public int year() {
    return year;
  }

  public int jp() {
    return jp;
  }

  public Instant creditedAt() {
    return creditedAt;
  }
}
