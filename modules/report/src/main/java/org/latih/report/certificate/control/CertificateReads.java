package org.latih.report.certificate.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.latih.kernel.identity.region.entity.Region;
import org.latih.kernel.rest.Page;
import org.latih.kernel.rest.PageRequest;
import org.latih.report.certificate.entity.Certificate;

/** Certificates as the pages read them, each with its issuing region, in one statement a list. */
@ApplicationScoped
@Transactional
public class CertificateReads {

  @PersistenceContext EntityManager em;

  /** A certificate with the region that issued it. */
  public record Issued(Certificate certificate, Region region) {}

  private static final String WITH_REGION =
      "SELECT k, r FROM Certificate k, Region r WHERE r.id = k.regionId AND ";

  public Optional<Issued> byCode(String code) {
    return one(WITH_REGION + "k.code = :v", code);
  }

  public Optional<Issued> byId(Long id) {
    return one(WITH_REGION + "k.id = :v", id);
  }

  public List<Issued> ofLearner(Long userId) {
    return issued(
        em.createQuery(
                WITH_REGION + "k.userId = :v ORDER BY k.issuedAt DESC, k.id DESC", Object[].class)
            .setParameter("v", userId)
            .getResultList());
  }

  /** A region's certificates, latest first, a page at a time. */
  public Page<Issued> ofRegion(Region region, PageRequest page) {
    long total =
        em.createQuery("SELECT COUNT(k) FROM Certificate k WHERE k.regionId = :v", Long.class)
            .setParameter("v", region.id())
            .getSingleResult();
    List<Issued> items =
        issued(
            em.createQuery(
                    WITH_REGION + "k.regionId = :v ORDER BY k.issuedAt DESC, k.id DESC",
                    Object[].class)
                .setParameter("v", region.id())
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList());
    return Page.of(items, page, total);
  }

  private Optional<Issued> one(String query, Object value) {
    return issued(em.createQuery(query, Object[].class).setParameter("v", value).getResultList())
        .stream()
        .findFirst();
  }

  private static List<Issued> issued(List<Object[]> rows) {
    return rows.stream().map(r -> new Issued((Certificate) r[0], (Region) r[1])).toList();
  }
}
