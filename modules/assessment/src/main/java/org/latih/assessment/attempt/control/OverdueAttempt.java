package org.latih.assessment.attempt.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.latih.assessment.attempt.entity.Attempt;

/** Closes one overdue attempt in a transaction of its own. */
@ApplicationScoped
public class OverdueAttempt {

  @PersistenceContext EntityManager em;
  @Inject Attempts attempts;
  @Inject Clock clock;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void close(Long id) {
    Attempt attempt = em.find(Attempt.class, id);
    if (attempt != null) {
      attempts.closeIfOverdue(attempt, clock.instant());
    }
  }
}
