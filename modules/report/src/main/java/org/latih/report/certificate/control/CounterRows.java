package org.latih.report.certificate.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.latih.report.certificate.entity.CertificateCounter;

/**
 * Creates a region's counter for a year in a transaction of its own, so that when two first
 * certificates of the year are issued at once, the loser's duplicate insert fails alone and its
 * issue goes on to lock the winner's row.
 */
@ApplicationScoped
public class CounterRows {

  @PersistenceContext EntityManager em;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void create(Long regionId, int year) {
    em.persist(new CertificateCounter(regionId, year));
    em.flush();
  }
}
