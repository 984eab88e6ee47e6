package org.latih.report.certificate.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.latih.kernel.rest.InvalidInputException;

/**
 * A certificate (STTPP) for one completed enrolment. It keeps the facts it was issued with (name,
 * NIP, course title, JP, dates) and its number for good; only a revocation, with its reason and
 * when, changes it afterwards. The related rows are kept as ids: reading a certificate never loads
 * an enrolment's graph.
 */
@Entity
@Table(name = "report_certificates")
public class Certificate {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_certificates_seq")
  @SequenceGenerator(
      name = "report_certificates_seq",
      sequenceName = "report_certificates_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "enrolment_id", nullable = false)
  private Long enrolmentId;

  @Column(name = "user_id", nullable = false)
  private Long userId;

  @Column(name = "course_id", nullable = false)
  private Long courseId;

  @Column(name = "cohort_id")
  private Long cohortId;

  @Column(name = "region_id", nullable = false)
  private Long regionId;

  @Column(name = "issue_year", nullable = false)
  private int year;

  private int seq;

  @Column(nullable = false, length = 120)
  private String number;

  @Column(nullable = false, length = 40)
  private String code;

  @Column(name = "learner_name", nullable = false, length = 200)
  private String learnerName;

  @Column(name = "learner_nip", length = 18)
  private String learnerNip;

  @Column(name = "course_title", nullable = false, length = 300)
  private String courseTitle;

  private int jp;

  @Column(name = "starts_on", nullable = false)
  private LocalDate startsOn;

  @Column(name = "ends_on", nullable = false)
  private LocalDate endsOn;

  @Column(name = "issued_at", nullable = false)
  private Instant issuedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "revoked_reason", length = 500)
  private String revokedReason;

  @Column(name = "revoked_by")
  private Long revokedBy;

  protected Certificate() {}

  /** What a completed enrolment says about the learner and the course, at the time of issue. */
  public record Facts(
      Long enrolmentId,
      Long userId,
      Long courseId,
      Long cohortId,
      Long regionId,
      String learnerName,
      String learnerNip,
      String courseTitle,
      int jp,
      LocalDate startsOn,
      LocalDate endsOn) {}

  public Certificate(Facts facts, int year, int seq, String number, String code, Instant now) {
    this.enrolmentId = facts.enrolmentId();
    this.userId = facts.userId();
    this.courseId = facts.courseId();
    this.cohortId = facts.cohortId();
    this.regionId = facts.regionId();
    this.learnerName = facts.learnerName();
    this.learnerNip = facts.learnerNip();
    this.courseTitle = facts.courseTitle();
    this.jp = facts.jp();
    this.startsOn = facts.startsOn();
    this.endsOn = facts.endsOn();
    this.year = year;
    this.seq = seq;
    this.number = number;
    this.code = code;
    // as the database keeps it, so the first answer and every later one say the same
    this.issuedAt = now.truncatedTo(ChronoUnit.MILLIS);
  }

  /**
   * Revokes the certificate for {@code reason}; it keeps its number, and its verification says
   * since when it is revoked. Revoking again keeps the first revocation.
   */
  public void revoke(String reason, Long byUserId, Instant now) {
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty() || why.length() > 500) {
      throw new InvalidInputException("reason", "certificate.reason", 500);
    }
    if (revokedAt != null) {
      return;
    }
    revokedAt = now.truncatedTo(ChronoUnit.MILLIS);
    revokedReason = why;
    revokedBy = byUserId;
  }

  public boolean revoked() {
    return revokedAt != null;
  }

  /** Refuses to hand out a revoked certificate's PDF. */
  public void ensureValid() {
    if (revoked()) {
      throw new CertificateRevokedException(number);
    }
  }

  public Long id() {
    return id;
  }

  public Long enrolmentId() {
    return enrolmentId;
  }

  public Long userId() {
    return userId;
  }

  public Long courseId() {
    return courseId;
  }

  public Long cohortId() {
    return cohortId;
  }

  public Long regionId() {
    return regionId;
  }

  public int year() {
    return year;
  }

  public int seq() {
    return seq;
  }

  public String number() {
    return number;
  }

  public String code() {
    return code;
  }

  public String learnerName() {
    return learnerName;
  }

  public String learnerNip() {
    return learnerNip;
  }

  public String courseTitle() {
    return courseTitle;
  }

  public int jp() {
    return jp;
  }

  public LocalDate startsOn() {
    return startsOn;
  }

  public LocalDate endsOn() {
    return endsOn;
  }

  public Instant issuedAt() {
    return issuedAt;
  }

  public Instant revokedAt() {
    return revokedAt;
  }

  public String revokedReason() {
    return revokedReason;
  }
}
