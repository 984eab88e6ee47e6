package org.latih.kernel.cluster.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every hour, on one node of the cluster: deletes change rows older than {@code
 * latih.cluster.change-log-days}, and notes the highest id deleted, so a node that was down longer
 * than that rebuilds its caches rather than miss what was pruned. The newest row always stays: it
 * is where a rebuilt node starts following.
 */
@Singleton
public class ChangePruning {

  static final String LEASE = "prune-change-log";

  @PersistenceContext EntityManager em;
  @Inject Leases leases;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "latih.cluster.change-log-days", defaultValue = "7")
  long days;

  @Schedule(hour = "*", minute = "41", persistent = false)
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  void prune() {
    if (!leases.hold(LEASE, Duration.ofMinutes(30))) {
      return;
    }
    Number below =
        (Number)
            em.createNativeQuery(
                    "SELECT MAX(id) FROM change_log WHERE changed_at < ?"
                        + " AND id < (SELECT MAX(id) FROM change_log)")
                .setParameter(
                    1, java.sql.Timestamp.from(clock.instant().minus(Duration.ofDays(days))))
                .getSingleResult();
    if (below == null) {
      return;
    }
    em.createNativeQuery("UPDATE cluster_marks SET mark = ? WHERE name = 'change-log-pruned-below'")
        .setParameter(1, below.longValue())
        .executeUpdate();
    em.createNativeQuery("DELETE FROM change_log WHERE id <= ?")
        .setParameter(1, below.longValue())
        .executeUpdate();
  }
}
