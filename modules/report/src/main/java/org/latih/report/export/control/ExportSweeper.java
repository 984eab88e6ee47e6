package org.latih.report.export.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.latih.report.export.entity.ExportJob;

/**
 * Every ten minutes: deletes exports past their keeping time (file and row), and fails jobs whose
 * server stopped while they ran, so their owner is told instead of watching a bar that never moves.
 */
@Singleton
public class ExportSweeper {

  private static final Logger LOG = Logger.getLogger(ExportSweeper.class.getName());

  @Inject ExportJobs jobs;
  @Inject ExportFiles files;

  @Schedule(hour = "*", minute = "*/10", persistent = false)
  void sweep() {
    jobs.failStalled(Duration.ofMinutes(10));
    for (ExportJob job : jobs.expired()) {
      try {
        files.delete(job);
        jobs.remove(job.id());
      } catch (IOException | RuntimeException e) {
        LOG.log(Level.WARNING, "Could not delete expired export " + job.id(), e);
      }
    }
  }
}
