package org.latih.report.compliance.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.latih.kernel.identity.user.entity.Role;

/**
 * Reads JP compliance in three statements whatever the region's size: every person's total for the
 * year (the tallies and the count of the list), one page of people sorted by the database, and the
 * year's credits (the trend per month). The people are the active learners of the region; a credit
 * counts in the year the course was completed (in western Indonesian time, as the transcript does).
 */
@ApplicationScoped
@Transactional
public class JpCompliance {

  static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  @PersistenceContext EntityManager em;

  /**
   * The people in scope with their JP, a JPQL fragment shared by the statements. Only positive
   * credits are joined, so a person's {@code SUM(c.jp)} is null exactly when they earned 0: the
   * statements sum without {@code COALESCE} and without a result variable ({@code AS earned}), as
   * EclipseLink 4.0.7 (Payara 6.2025.10) prints COALESCE through an operator shared by all threads
   * and parses result variables with a visitor shared by all threads (eclipselink#2136, #2833):
   * eight threads parsing this query's earlier form gave 4 wrong parse trees in 2.2 million parses,
   * and this report once answered a 500 to parallel first calls in CI.
   */
  private static String from(ComplianceQuery q, boolean unitOnly) {
    return " FROM User u LEFT JOIN JpCredit c ON c.user = u AND c.year = :year AND c.jp > 0"
        + " WHERE u.active = TRUE AND :learner MEMBER OF u.roles"
        + (q.region() == null ? "" : " AND u.region = :region")
        + (unitOnly && q.unitKerja() != null ? " AND u.unitKerja = :unit" : "");
  }

  private static <T> TypedQuery<T> bind(TypedQuery<T> query, ComplianceQuery q, boolean unitOnly) {
    query.setParameter("year", q.year()).setParameter("learner", Role.LEARNER);
    if (q.region() != null) {
      query.setParameter("region", q.region());
    }
    if (unitOnly && q.unitKerja() != null) {
      query.setParameter("unit", q.unitKerja());
    }
    return query;
  }

  public Compliance report(ComplianceQuery q) {
    // every person's total: the units' tallies need all units, the summary and count the filter's
    List<Object[]> totals =
        bind(
                em.createQuery(
                    "SELECT u.id, u.unitKerja, SUM(c.jp)"
                        + from(q, false)
                        + " GROUP BY u.id, u.unitKerja",
                    Object[].class),
                q,
                false)
            .getResultList();
    Map<String, List<Integer>> byUnit = new TreeMap<>(JpCompliance::unitOrder);
    List<Integer> inScope = new ArrayList<>();
    for (Object[] row : totals) {
      String unit = (String) row[1];
      int earned = earned(row[2]);
      byUnit.computeIfAbsent(unit, k -> new ArrayList<>()).add(earned);
      if (q.unitKerja() == null || q.unitKerja().equals(unit)) {
        inScope.add(earned);
      }
    }
    List<Compliance.UnitTally> units =
        byUnit.entrySet().stream()
            .map(
                e ->
                    new Compliance.UnitTally(
                        e.getKey(), Compliance.Tally.of(e.getValue(), q.target())))
            .toList();
    long listed =
        q.belowOnly() ? inScope.stream().filter(jp -> jp < q.target()).count() : inScope.size();
    return new Compliance(
        q.year(),
        q.target(),
        Compliance.Tally.of(inScope, q.target()),
        units,
        months(q),
        page(q),
        listed);
  }

  /** One page of people, sorted and cut by the database. */
  private List<Compliance.Person> page(ComplianceQuery q) {
    List<Compliance.Person> found = new ArrayList<>();
    personQuery(q)
        .setFirstResult(q.page().offset())
        .setMaxResults(q.page().size())
        .getResultStream()
        .forEach(r -> found.add(person(r, q.target())));
    return found;
  }

  /** Every person in scope in the report's order, streamed (for the exports). */
  public void eachPerson(ComplianceQuery q, Consumer<Compliance.Person> each) {
    try (Stream<Object[]> rows = personQuery(q).getResultStream()) {
      rows.forEach(r -> each.accept(person(r, q.target())));
    }
  }

  private TypedQuery<Object[]> personQuery(ComplianceQuery q) {
    String jpql =
        "SELECT u.id, u.name, u.nip.value, u.unitKerja, u.jabatan, u.golongan,"
            + " SUM(c.jp)"
            + from(q, true)
            // those below the target as those not among the ones who reached it: a HAVING on
            // the outer join's sum is refused by EclipseLink
            + (q.belowOnly()
                ? " AND u.id NOT IN (SELECT r.user.id FROM JpCredit r WHERE r.year = :year"
                    + " GROUP BY r.user.id HAVING SUM(r.jp) >= :target)"
                : "")
            + " GROUP BY u.id, u.name, u.nip.value, u.unitKerja, u.jabatan, u.golongan"
            + " ORDER BY "
            + q.order().jpql;
    TypedQuery<Object[]> query = bind(em.createQuery(jpql, Object[].class), q, true);
    return q.belowOnly() ? query.setParameter("target", (long) q.target()) : query;
  }

  private static Compliance.Person person(Object[] r, int target) {
    int earned = earned(r[6]);
    return new Compliance.Person(
        (Long) r[0],
        (String) r[1],
        (String) r[2],
        (String) r[3],
        (String) r[4],
        (String) r[5],
        earned,
        Math.max(0, target - earned));
  }

  /**
   * The JP credited per month and how many people had reached the target by each month's end, from
   * the year's credits of the people in scope; months still to come are null.
   */
  private List<Compliance.Month> months(ComplianceQuery q) {
    List<Object[]> credits =
        bind(
                em.createQuery(
                    "SELECT c.user.id, c.creditedAt, c.jp FROM JpCredit c JOIN c.user u"
                        + " WHERE c.year = :year AND u.active = TRUE AND :learner MEMBER OF u.roles"
                        + (q.region() == null ? "" : " AND u.region = :region")
                        + (q.unitKerja() == null ? "" : " AND u.unitKerja = :unit")
                        + " ORDER BY c.creditedAt, c.id",
                    Object[].class),
                q,
                true)
            .getResultList();
    long[] jp = new long[13];
    int[] reached = new int[13];
    Map<Long, Integer> running = new HashMap<>();
    for (Object[] c : credits) {
      int month = ((Instant) c[1]).atZone(WIB).getMonthValue();
      int added = ((Number) c[2]).intValue();
      jp[month] += added;
      int before = running.getOrDefault((Long) c[0], 0);
      running.put((Long) c[0], before + added);
      if (before < q.target() && before + added >= q.target()) {
        reached[month]++;
      }
    }
    YearMonth now = YearMonth.from(LocalDate.now(WIB));
    List<Compliance.Month> months = new ArrayList<>();
    int cumulative = 0;
    for (int m = 1; m <= 12; m++) {
      cumulative += reached[m];
      boolean toCome = YearMonth.of(q.year(), m).isAfter(now);
      months.add(new Compliance.Month(m, toCome ? null : jp[m], toCome ? null : cumulative));
    }
    return months;
  }

  private static int earned(Object sum) {
    return sum == null ? 0 : ((Number) sum).intValue();
  }

  /** Units by name, the people without one last. */
  private static int unitOrder(String a, String b) {
    if (Objects.equals(a, b)) {
      return 0;
    }
    if (a == null || b == null) {
      return a == null ? 1 : -1;
    }
    return a.compareToIgnoreCase(b) != 0 ? a.compareToIgnoreCase(b) : a.compareTo(b);
  }
}
