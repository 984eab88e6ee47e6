package org.latih.report.export.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.latih.kernel.rest.NotFoundException;
import org.latih.report.export.entity.ExportJob;
import org.latih.report.export.entity.ExportState;

/**
 * The export jobs as rows: each change in a short transaction of its own, so the person watching
 * sees progress while the file is still being written.
 */
@ApplicationScoped
@Transactional
public class ExportJobs {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "latih.report.export.keep-hours", defaultValue = "24")
  int keepHours;

  @Inject
  @ConfigProperty(name = "latih.report.export.max-running", defaultValue = "2")
  int maxRunning;

  /** How long a finished file is kept (latih.report.export.keep-hours). */
  public Duration keep() {
    return Duration.ofHours(keepHours);
  }

  public void add(ExportJob job) {
    long running =
        em.createNamedQuery(ExportJob.ACTIVE, Long.class)
            .setParameter("owner", job.ownerId())
            .setParameter("states", List.of(ExportState.QUEUED, ExportState.RUNNING))
            .getSingleResult();
    if (running >= maxRunning) {
      throw new ExportsRunningException(maxRunning);
    }
    em.persist(job);
  }

  /** The caller's own job; anyone else's is "not found", as if it did not exist. */
  public ExportJob mine(Long ownerId, String id) {
    ExportJob job = id == null ? null : em.find(ExportJob.class, id);
    if (job == null || !job.ownerId().equals(ownerId)) {
      throw new NotFoundException("report.export.notFound", id);
    }
    return job;
  }

  /** The caller's jobs, newest first, at most {@code limit}. */
  public List<ExportJob> recent(Long ownerId, int limit) {
    return em.createNamedQuery(ExportJob.MINE, ExportJob.class)
        .setParameter("owner", ownerId)
        .setMaxResults(limit)
        .getResultList();
  }

  public ExportJob started(String id) {
    ExportJob job = em.find(ExportJob.class, id);
    job.start(clock.instant());
    return job;
  }

  public void progress(String id, long rows) {
    em.find(ExportJob.class, id).progress(rows, clock.instant());
  }

  public void done(String id, long rows, long bytes) {
    em.find(ExportJob.class, id).done(rows, bytes, clock.instant(), keep());
  }

  public void failed(String id, String key, String detail) {
    ExportJob job = em.find(ExportJob.class, id);
    if (job != null) {
      job.fail(key, detail, clock.instant());
    }
  }

  /** Jobs past their time, to delete with their files. */
  public List<ExportJob> expired() {
    return em.createNamedQuery(ExportJob.EXPIRED, ExportJob.class)
        .setParameter("now", clock.instant())
        .setMaxResults(500)
        .getResultList();
  }

  public void remove(String id) {
    ExportJob job = em.find(ExportJob.class, id);
    if (job != null) {
      em.remove(job);
    }
  }

  /**
   * Jobs that have not moved for {@code quiet}: their server stopped while they ran (a running job
   * writes its progress every second), so they fail saying so rather than spin for ever.
   */
  public void failStalled(Duration quiet) {
    em.createNamedQuery(ExportJob.STALLED, ExportJob.class)
        .setParameter("states", List.of(ExportState.QUEUED, ExportState.RUNNING))
        .setParameter("before", clock.instant().minus(quiet))
        .getResultList()
        .forEach(j -> j.fail("report.export.failed.interrupted", null, clock.instant()));
  }
}
