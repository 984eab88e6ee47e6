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
 * enrolments or JP credits. Seven statements whatever the region's size.
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
    // the first and last instants by ORDER BY, one row each: PostgreSQL's MIN and MAX of a
    // timestamp come back in a type the instant converter cannot read
    String from = " FROM Enrolment e JOIN e.user u WHERE 1 = 1" + inRegion;
    Integer first = yearOf(first("SELECT e.enrolledAt" + from + " ORDER BY e.enrolledAt", region));
    Integer lastStart =
        yearOf(first("SELECT e.enrolledAt" + from + " ORDER BY e.enrolledAt DESC", region));
    Integer lastEnd =
        yearOf(
            first(
                "SELECT e.completedAt"
                    + from
                    + " AND e.completedAt IS NOT NULL ORDER BY e.completedAt DESC",
                region));
    if (first != null) {
      int last = Math.max(lastStart, lastEnd == null ? lastStart : lastEnd);
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

  private Instant first(String jpql, Region region) {
    TypedQuery<Instant> query = em.createQuery(jpql, Instant.class).setMaxResults(1);
    if (region != null) {
      query.setParameter("region", region);
    }
    return query.getResultStream().findFirst().orElse(null);
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
