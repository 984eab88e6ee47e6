package org.latih.evaluation.indicator.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.latih.evaluation.indicator.entity.Period;
import org.latih.evaluation.indicator.entity.UnitIndicator;
import org.latih.kernel.identity.region.entity.Region;
import org.latih.kernel.identity.user.entity.Role;
import org.latih.kernel.rest.ForbiddenException;
import org.latih.kernel.rest.InvalidInputException;
import org.latih.kernel.rest.NotFoundException;
import org.latih.kernel.rest.Page;
import org.latih.kernel.rest.PageRequest;
import org.latih.kernel.security.control.Caller;

/**
 * A region's unit indicators. Its admins (and system admins who belong to it) record and delete
 * them; its evaluators and instructors read them. Always the caller's own region.
 */
@ApplicationScoped
@Transactional
public class Indicators {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** What was stored, and whether it replaced an earlier value. */
  public record Recorded(UnitIndicator indicator, boolean replaced) {}

  public record Filter(String indicator, String unit, Integer year) {}

  public record Names(List<String> indicators, List<String> units) {}

  public Recorded record(Caller caller, IndicatorEntry entry) {
    return record(caller, writableRegion(caller), entry);
  }

  /** Every entry or none: a problem in one throws, and the transaction rolls back. */
  public int recordAll(Caller caller, List<IndicatorEntry> entries) {
    Region region = writableRegion(caller);
    Map<String, IndicatorEntry> last = new LinkedHashMap<>();
    for (IndicatorEntry e : entries) {
      last.put(e.unitKerja() + "|" + e.indicator() + "|" + e.period().label(), e);
    }
    last.values().forEach(e -> record(caller, region, e));
    return entries.size();
  }

  private Recorded record(Caller caller, Region region, IndicatorEntry entry) {
    List<UnitIndicator> found =
        em.createNamedQuery(UnitIndicator.ONE, UnitIndicator.class)
            .setParameter("regionId", region.id())
            .setParameter("unit", entry.unitKerja())
            .setParameter("indicator", entry.indicator())
            .setParameter("period", entry.period().label())
            .getResultList();
    UnitIndicator indicator =
        found.isEmpty()
            ? new UnitIndicator(region, entry.unitKerja(), entry.indicator(), entry.period())
            : found.get(0);
    indicator.record(entry.value(), entry.note(), caller.userId(), clock.instant());
    if (found.isEmpty()) {
      em.persist(indicator);
    }
    return new Recorded(indicator, !found.isEmpty());
  }

  public Page<UnitIndicator> list(Caller caller, Filter filter, PageRequest page) {
    Region region = readableRegion(caller);
    if (filter.year() != null
        && (filter.year() < Period.FIRST_YEAR || filter.year() > Period.LAST_YEAR)) {
      throw new InvalidInputException("year", "evaluation.year", filter.year());
    }
    StringBuilder where = new StringBuilder(" WHERE i.region.id = :regionId");
    if (filter.indicator() != null) {
      where.append(" AND i.indicator = :indicator");
    }
    if (filter.unit() != null) {
      where.append(" AND LOWER(i.unitKerja) LIKE :unit");
    }
    if (filter.year() != null) {
      where.append(" AND i.periodYear = :year");
    }
    TypedQuery<UnitIndicator> query =
        em.createQuery(
            "SELECT i FROM UnitIndicator i"
                + where
                + " ORDER BY i.periodLabel DESC, i.unitKerja, i.indicator, i.id",
            UnitIndicator.class);
    TypedQuery<Long> count =
        em.createQuery("SELECT COUNT(i) FROM UnitIndicator i" + where, Long.class);
    for (TypedQuery<?> q : List.of(query, count)) {
      q.setParameter("regionId", region.id());
      if (filter.indicator() != null) {
        q.setParameter("indicator", filter.indicator().strip().toLowerCase(Locale.ROOT));
      }
      if (filter.unit() != null) {
        q.setParameter(
            "unit", "%" + likeSafe(filter.unit().strip().toLowerCase(Locale.ROOT)) + "%");
      }
      if (filter.year() != null) {
        q.setParameter("year", filter.year());
      }
    }
    List<UnitIndicator> found =
        query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    return Page.of(found, page, count.getSingleResult());
  }

  /** The indicator names and units the region already uses, for suggestions. */
  public Names names(Caller caller) {
    Region region = readableRegion(caller);
    return new Names(
        em.createQuery(
                "SELECT DISTINCT i.indicator FROM UnitIndicator i WHERE i.region.id = :regionId"
                    + " ORDER BY i.indicator",
                String.class)
            .setParameter("regionId", region.id())
            .getResultList(),
        em.createQuery(
                "SELECT DISTINCT i.unitKerja FROM UnitIndicator i WHERE i.region.id = :regionId"
                    + " ORDER BY i.unitKerja",
                String.class)
            .setParameter("regionId", region.id())
            .getResultList());
  }

  public void delete(Caller caller, long id) {
    Region region = writableRegion(caller);
    UnitIndicator found = em.find(UnitIndicator.class, id);
    // another region's value is not found, rather than forbidden: its existence is not told
    if (found == null || !found.region().id().equals(region.id())) {
      throw new NotFoundException("indicator.notFound", id);
    }
    em.remove(found);
  }

  private static String likeSafe(String text) {
    return text.replace("%", "").replace("_", "");
  }

  private static Region writableRegion(Caller caller) {
    if (!caller.hasAny(Role.SYSTEM_ADMIN, Role.REGIONAL_ADMIN)) {
      throw new ForbiddenException("indicator.adminsOnly");
    }
    return own(caller);
  }

  private static Region readableRegion(Caller caller) {
    if (!caller.hasAny(Role.SYSTEM_ADMIN, Role.REGIONAL_ADMIN, Role.EVALUATOR, Role.INSTRUCTOR)) {
      throw new ForbiddenException("evaluation.staffOnly");
    }
    return own(caller);
  }

  private static Region own(Caller caller) {
    if (caller.region() == null) {
      throw new ForbiddenException("evaluation.noRegion");
    }
    return caller.region();
  }
}
