package org.latih.evaluation.attendance.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
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

  /** What a row of the lists below selects: the session with its course and cohort. */
  private static final String ATTENDED =
      "SELECT s.id, c.code, c.title, k.name, s.title, s.heldOn, s.deliveryMode, r.present"
          + " FROM AttendanceRecord r JOIN r.session s JOIN s.cohort k JOIN k.course c"
          + " WHERE r.user.id = :userId";

  /** The cohort's order reversed: a session without a start time first in its day. */
  private static final String NEWEST_FIRST =
      " ORDER BY s.heldOn DESC, s.startsAt DESC NULLS FIRST, s.id DESC";

  /** The sessions the user was recorded present at, newest first, in one statement. */
  public List<AttendedSession> attendedBy(Long userId) {
    return em
        .createQuery(ATTENDED + " AND r.present = TRUE" + NEWEST_FIRST, Object[].class)
        .setParameter("userId", userId)
        .getResultList()
        .stream()
        .map(Attendances::attended)
        .toList();
  }

  /** Every recorded session of the user, present or absent, newest first. */
  public Page<Recorded> recordedFor(Long userId, PageRequest page) {
    List<Recorded> found =
        em
            .createQuery(ATTENDED + NEWEST_FIRST, Object[].class)
            .setParameter("userId", userId)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList()
            .stream()
            .map(r -> new Recorded(attended(r), (Boolean) r[7]))
            .toList();
    long total =
        em.createQuery(
                "SELECT COUNT(r) FROM AttendanceRecord r WHERE r.user.id = :userId", Long.class)
            .setParameter("userId", userId)
            .getSingleResult();
    return Page.of(found, page, total);
  }

  private static AttendedSession attended(Object[] row) {
    return new AttendedSession(
        (Long) row[0],
        (String) row[1],
        (String) row[2],
        (String) row[3],
        (String) row[4],
        (LocalDate) row[5],
        (String) row[6]);
  }
}
