package org.latih.evaluation.attendance.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.latih.evaluation.attendance.entity.AttendanceRecord;
import org.latih.evaluation.attendance.entity.CohortSession;
import org.latih.kernel.rest.Page;
import org.latih.kernel.rest.PageRequest;

/** A person's own attendance: for other parts of the module, and for the learner's page. */
@ApplicationScoped
@Transactional
public class Attendances {

  @PersistenceContext EntityManager em;

  /** A session someone was recorded present at. */
  public record AttendedSession(
      Long sessionId,
      String courseCode,
      String courseTitle,
      String cohort,
      String sessionTitle,
      LocalDate date,
      String deliveryMode) {}

  /** A session someone's attendance was recorded for, present or absent. */
  public record Recorded(AttendedSession session, boolean present) {}

  /** The sessions the user was recorded present at, newest first. */
  public List<AttendedSession> attendedBy(Long userId) {
    return em
        .createNamedQuery(AttendanceRecord.PRESENT_OF_USER, AttendanceRecord.class)
        .setParameter("userId", userId)
        .getResultList()
        .stream()
        .map(r -> attended(r.session()))
        .toList();
  }

  /** Every recorded session of the user, present or absent, newest first. */
  public Page<Recorded> recordedFor(Long userId, PageRequest page) {
    List<Recorded> found =
        em
            .createNamedQuery(AttendanceRecord.OF_USER, AttendanceRecord.class)
            .setParameter("userId", userId)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList()
            .stream()
            .map(r -> new Recorded(attended(r.session()), r.present()))
            .toList();
    long total =
        em.createQuery(
                "SELECT COUNT(r) FROM AttendanceRecord r WHERE r.user.id = :userId", Long.class)
            .setParameter("userId", userId)
            .getSingleResult();
    return Page.of(found, page, total);
  }

  private static AttendedSession attended(CohortSession s) {
    return new AttendedSession(
        s.id(),
        s.cohort().course().code(),
        s.cohort().course().title(),
        s.cohort().name(),
        s.title(),
        s.heldOn(),
        s.deliveryMode());
  }
}
