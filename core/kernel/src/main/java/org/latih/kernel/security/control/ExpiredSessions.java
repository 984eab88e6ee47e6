package org.latih.kernel.security.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import org.latih.kernel.cluster.control.Leases;
import org.latih.kernel.security.entity.AuthSession;

/** Every hour, on one node of the cluster: deletes the sessions and tokens that have expired. */
@Singleton
public class ExpiredSessions {

  @PersistenceContext EntityManager em;
  @Inject Leases leases;
  @Inject Clock clock;

  @Schedule(hour = "*", minute = "17", persistent = false)
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  void purge() {
    // once across the cluster; a second node deleting the same rows would do no harm either
    if (!leases.hold("purge-sessions", Duration.ofMinutes(30))) {
      return;
    }
    em.createNamedQuery(AuthSession.DELETE_EXPIRED)
        .setParameter("now", clock.instant())
        .executeUpdate();
  }
}
