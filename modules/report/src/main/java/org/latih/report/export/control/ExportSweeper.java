package org.latih.report.export.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.latih.kernel.cluster.control.Leases;
import org.latih.report.export.entity.ExportJob;

/**
 * Every {@code latih.report.export.sweep-seconds} (20), on every node: marks this node's queued and
 * running exports fresh. Then, on one node of the cluster (lease {@code export-sweep}): gives every
 * export that has not been marked fresh for {@code latih.report.export.quiet-seconds} (its node
 * stopped or died) to this node as a new try, or fails it after {@code
 * latih.report.export.max-tries}, so its owner never watches a bar that never moves; and deletes
 * exports past their keeping time, with their files.
 */
@Startup
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

  // a period from configuration, so the test server sweeps often and takeover tests wait seconds;
  // not an EJB timer created in code: Payara Micro keeps those in Hazelcast, which --nocluster
  // turns off, and the application then fails to deploy
  @Inject
  @ConfigProperty(name = "latih.report.export.sweep-seconds", defaultValue = "20")
  int sweepSeconds;

  @Resource ManagedScheduledExecutorService scheduler;
  private ScheduledFuture<?> ticks;

  @PostConstruct
  void schedule() {
    ticks = scheduler.scheduleAtFixedRate(this::tick, sweepSeconds, sweepSeconds, TimeUnit.SECONDS);
  }

  @PreDestroy
  void stop() {
    ticks.cancel(false);
  }

  /** A run that throws would end the schedule: a database that is away only costs this run. */
  private void tick() {
    try {
      sweep();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Export sweep failed; trying again in " + sweepSeconds + " s", e);
    }
  }

  /** Each step in short transactions of its own: one job's trouble does not hold the others. */
  void sweep() {
    try {
      jobs.beat();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not mark this node's exports as alive", e);
    }
    // three sweeps' time: another node takes over within three periods of this one dying
    if (!leases.hold("export-sweep", Duration.ofSeconds(3L * sweepSeconds))) {
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
