package org.latih.assessment.attempt.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.latih.assessment.attempt.entity.Attempt;
import org.latih.assessment.attempt.entity.AttemptState;
import org.latih.kernel.cluster.control.Leases;

/**
 * Submits attempts whose deadline has passed, with what was saved, even when the learner never
 * comes back (closed the browser, lost the connection). Runs every 20 seconds; each attempt is
 * closed in its own transaction so one failure does not hold the others. One node of a cluster
 * sweeps, under a lease ({@code overdue-sweep}), so the nodes do not race for the same attempts.
 */
@Singleton
public class OverdueAttempts {

  private static final Logger LOG = Logger.getLogger(OverdueAttempts.class.getName());

  @PersistenceContext EntityManager em;
  @Inject OverdueAttempt closer;
  @Inject Clock clock;
  @Inject Leases leases;

  @Schedule(hour = "*", minute = "*", second = "*/20", persistent = false)
  void sweep() {
    // three sweeps' time: another node takes over within a minute of this one dying
    if (!leases.hold("overdue-sweep", Duration.ofSeconds(60))) {
      return;
    }
    Instant now = clock.instant();
    List<Long> ids =
        em.createNamedQuery(Attempt.OVERDUE, Long.class)
            .setParameter("open", AttemptState.OPEN)
            .setParameter("now", now)
            .setMaxResults(500)
            .getResultList();
    for (Long id : ids) {
      try {
        closer.close(id);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Could not submit overdue attempt " + id, e);
      }
    }
  }
}
