package org.latih.evaluation.attendance.entity;

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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.latih.kernel.identity.user.entity.User;

/** Whether one participant was at one session; at most one per session and participant. */
@Entity
@Table(name = "attendance_records")
@NamedQuery(
    name = AttendanceRecord.OF_SESSION,
    query = "SELECT r FROM AttendanceRecord r WHERE r.session.id = :sessionId")
@NamedQuery(
    name = AttendanceRecord.COUNT_OF_SESSION,
    query = "SELECT COUNT(r) FROM AttendanceRecord r WHERE r.session.id = :sessionId")
public class AttendanceRecord {

  public static final String OF_SESSION = "AttendanceRecord.ofSession";
  public static final String COUNT_OF_SESSION = "AttendanceRecord.countOfSession";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attendance_records_seq")
  @SequenceGenerator(
      name = "attendance_records_seq",
      sequenceName = "attendance_records_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "session_id")
  private CohortSession session;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "user_id")
  private User user;

  @Column(nullable = false)
  private boolean present;

  @Enumerated(EnumType.STRING)
  @Column(length = 10)
  private Absence absence;

  @Column(name = "recorded_by")
  private Long recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected AttendanceRecord() {}

  public AttendanceRecord(
      CohortSession session,
      User user,
      boolean present,
      Absence absence,
      Long recordedBy,
      Instant now) {
    this.session = session;
    this.user = user;
    mark(present, absence, recordedBy, now);
  }

  /**
   * Records the participant present, or absent with the reason when one is known; the last
   * recording counts.
   */
  public void mark(boolean present, Absence absence, Long recordedBy, Instant now) {
    if (present && absence != null) {
      throw new IllegalArgumentException("a participant who was present has no absence reason");
    }
    this.present = present;
    this.absence = absence;
    this.recordedBy = recordedBy;
    this.recordedAt = now;
  }

  public Long id() {
    return id;
  }

  public CohortSession session() {
    return session;
  }

  public User user() {
    return user;
  }

  public boolean present() {
    return present;
  }

  /** Why the participant was absent; null when present or when no reason was given. */
  public Absence absence() {
    return absence;
  }

  public Instant recordedAt() {
    return recordedAt;
  }
}
