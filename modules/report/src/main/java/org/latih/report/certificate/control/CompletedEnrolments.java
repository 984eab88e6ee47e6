package org.latih.report.certificate.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.latih.report.certificate.entity.Certificate.Facts;

/**
 * Completed enrolments as the facts a certificate states, read in one statement however many: for a
 * learner, a learner's course, or a cohort. The issuing region is the cohort's, else the learner's;
 * the dates the cohort's, else enrolment to completion (in WIB).
 */
@ApplicationScoped
public class CompletedEnrolments {

  static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  private static final String SELECT =
      "SELECT e.id, u.id, u.name, u.nip.value, c.id, c.title, c.jp, k.id, kr.id,"
          + " ur.id, k.startsOn, k.endsOn, e.enrolledAt, e.completedAt"
          + " FROM Enrolment e JOIN e.user u JOIN e.course c LEFT JOIN e.cohort k"
          + " LEFT JOIN k.region kr LEFT JOIN u.region ur"
          + " WHERE e.completedAt IS NOT NULL AND ";

  @PersistenceContext EntityManager em;

  public List<Facts> ofLearner(Long userId) {
    return facts(query("u.id = :userId").setParameter("userId", userId));
  }

  public List<Facts> ofLearnerAndCourse(Long userId, String courseCode) {
    return facts(
        query("u.id = :userId AND c.code = :code")
            .setParameter("userId", userId)
            .setParameter("code", courseCode));
  }

  public List<Facts> ofCohort(Long cohortId) {
    return facts(query("k.id = :cohortId").setParameter("cohortId", cohortId));
  }

  private TypedQuery<Object[]> query(String where) {
    return em.createQuery(SELECT + where + " ORDER BY u.name, e.id", Object[].class);
  }

  private static List<Facts> facts(TypedQuery<Object[]> query) {
    return query.getResultList().stream().map(CompletedEnrolments::facts).toList();
  }

  private static Facts facts(Object[] r) {
    Long cohortId = (Long) r[7];
    Long region = cohortId != null ? (Long) r[8] : (Long) r[9];
    LocalDate starts =
        cohortId != null ? (LocalDate) r[10] : ((Instant) r[12]).atZone(WIB).toLocalDate();
    LocalDate ends =
        cohortId != null ? (LocalDate) r[11] : ((Instant) r[13]).atZone(WIB).toLocalDate();
    return new Facts(
        (Long) r[0],
        (Long) r[1],
        (Long) r[4],
        cohortId,
        region,
        (String) r[2],
        (String) r[3],
        (String) r[5],
        ((Number) r[6]).intValue(),
        starts,
        ends);
  }
}
