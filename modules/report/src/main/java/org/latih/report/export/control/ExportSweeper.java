package org.latih.report.export.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.latih.kernel.cluster.control.Leases;
import org.latih.report.export.entity.ExportJob;

/**
 * Every 20 seconds, on every node: marks this node's queued and running exports fresh. Then, on one
 * node of the cluster (lease {@code export-sweep}): gives every export that has not been marked
 * fresh for {@code latih.report.export.quiet-seconds} (its node stopped or died) to this node as a
 * new try, or fails it after {@code latih.report.export.max-tries}, so its owner never watches a
 * bar that never moves; and deletes exports past their keeping time, with their files.
 */
@Singleton
public class ExportSweeper {

  private static final Logger LOG = Logger.getLogger(ExportSweeper.class.getName());

  @Inject ExportJobs jobs;
  @Inject ExportRunner runner;
  @Inject Leases leases;

  @Inject
  @ConfigProperty(name = "latih.report.export.quiet-seconds", defaultValue = "120")
  int quietSeconds;

  @Inject
  @ConfigProperty(name = "latih.report.export.max-tries", defaultValue = "3")
  int maxTries;

  /** Each step in short transactions of its own: one job's trouble does not hold the others. */
  @Schedule(hour = "*", minute = "*", second = "*/20", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void sweep() {
    try {
      jobs.beat();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not mark this node's exports as alive", e);
    }
    // three sweeps' time: another node takes over within a minute of this one dying
    if (!leases.hold("export-sweep", Duration.ofSeconds(60))) {
      return;
    }
    Duration quiet = Duration.ofSeconds(quietSeconds);
    for (String id : jobs.stalled(quiet)) {
      try {
        ExportJob next = jobs.takeOver(id, quiet, maxTries);
        if (next != null) {
          LOG.info("Export " + id + " went quiet on its node; try " + next.attempt() + " here");
          runner.submit(next);
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Could not take over export " + id, e);
      }
    }
    for (ExportJob job : jobs.expired()) {
      try {
        jobs.remove(job.id());
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Could not delete expired export " + job.id(), e);
      }
    }
  }
}
