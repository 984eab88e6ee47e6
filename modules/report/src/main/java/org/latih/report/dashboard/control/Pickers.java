package org.latih.report.dashboard.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.TreeSet;
import org.latih.kernel.identity.region.entity.Region;

/**
 * What the dashboard offers to pick in a region (null: every region): the courses its people
 * enrolled in and their cohorts, by title; its units, ranks and positions; the years with
 * enrolments or JP credits. Five statements whatever the region's size.
 */
@ApplicationScoped
@Transactional
public class Pickers {

  static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  @PersistenceContext EntityManager em;

  public record CourseChoice(String code, String title) {}

  public record CohortChoice(long id, String name, String course, String courseTitle) {}

  public record Choices(
      List<CourseChoice> courses,
      List<CohortChoice> cohorts,
      List<String> units,
      List<String> golongan,
      List<String> jabatan,
      List<Integer> years) {}

  public Choices of(Region region) {
    String inRegion = region == null ? "" : " AND u.region = :region";
    List<CourseChoice> courses =
        query(
                "SELECT DISTINCT c.code, c.title FROM Enrolment e JOIN e.user u JOIN e.course c"
                    + " WHERE 1 = 1"
                    + inRegion
                    + " ORDER BY c.title, c.code",
                region)
            .getResultStream()
            .map(r -> new CourseChoice((String) r[0], (String) r[1]))
            .toList();
    List<CohortChoice> cohorts =
        query(
                "SELECT DISTINCT co.id, co.name, c.code, c.title FROM Enrolment e JOIN e.user u"
                    + " JOIN e.cohort co JOIN co.course c WHERE 1 = 1"
                    + inRegion
                    + " ORDER BY c.title, co.name, co.id",
                region)
            .getResultStream()
            .map(r -> new CohortChoice((Long) r[0], (String) r[1], (String) r[2], (String) r[3]))
            .toList();
    TreeSet<String> units = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    TreeSet<String> ranks = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    TreeSet<String> positions = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    query(
            "SELECT DISTINCT u.unitKerja, u.golongan, u.jabatan FROM User u WHERE u.active = TRUE"
                + inRegion,
            region)
        .getResultStream()
        .forEach(
            r -> {
              add(units, r[0]);
              add(ranks, r[1]);
              add(positions, r[2]);
            });
    return new Choices(
        courses,
        cohorts,
        List.copyOf(units),
        List.copyOf(ranks),
        List.copyOf(positions),
        years(region, inRegion));
  }

  /** The years with an enrolment (started or completed) or a JP credit, newest first. */
  private List<Integer> years(Region region, String inRegion) {
    TreeSet<Integer> years = new TreeSet<>((a, b) -> b - a);
    Object[] span =
        query(
                "SELECT MIN(e.enrolledAt), MAX(e.enrolledAt), MIN(e.completedAt),"
                    + " MAX(e.completedAt) FROM Enrolment e JOIN e.user u WHERE 1 = 1"
                    + inRegion,
                region)
            .getSingleResult();
    Integer first = earliest(span[0], span[2]);
    Integer last = latest(span[1], span[3]);
    if (first != null) {
      for (int y = first; y <= last; y++) {
        years.add(y);
      }
    }
    TypedQuery<Integer> credited =
        em.createQuery(
            "SELECT DISTINCT j.year FROM JpCredit j JOIN j.user u WHERE 1 = 1" + inRegion,
            Integer.class);
    if (region != null) {
      credited.setParameter("region", region);
    }
    years.addAll(credited.getResultList());
    return List.copyOf(years);
  }

  private static Integer earliest(Object a, Object b) {
    return yearOf(pick((Instant) a, (Instant) b, true));
  }

  private static Integer latest(Object a, Object b) {
    return yearOf(pick((Instant) a, (Instant) b, false));
  }

  /** The earlier or later of two instants, either of which may be null. */
  private static Instant pick(Instant x, Instant y, boolean earlier) {
    if (x == null || y == null) {
      return x == null ? y : x;
    }
    return earlier == x.isBefore(y) ? x : y;
  }

  private static Integer yearOf(Instant instant) {
    return instant == null ? null : instant.atZone(WIB).getYear();
  }

  private static void add(TreeSet<String> set, Object value) {
    if (value != null && !((String) value).isBlank()) {
      set.add(((String) value).strip());
    }
  }

  private TypedQuery<Object[]> query(String jpql, Region region) {
    TypedQuery<Object[]> query = em.createQuery(jpql, Object[].class);
    return region == null ? query : query.setParameter("region", region);
  }
}
