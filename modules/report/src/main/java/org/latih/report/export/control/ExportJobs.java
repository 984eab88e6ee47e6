package org.latih.report.export.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.latih.kernel.cluster.control.Node;
import org.latih.kernel.rest.NotFoundException;
import org.latih.report.export.entity.ExportJob;
import org.latih.report.export.entity.ExportState;

/**
 * The export jobs as rows: each change in a short transaction of its own, so the person watching
 * sees progress while the file is still being written. A change made by the node running a try is
 * made only while that try is still the job's (see {@link ExportJob#heldBy}): a node taken for dead
 * that wakes up cannot overwrite the next try's progress or outcome.
 */
@ApplicationScoped
@Transactional
public class ExportJobs {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Node node;

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

  /**
   * Starts try {@code attempt} of job {@code id} on this node: the job, or null when it is no
   * longer queued for that try here (another node took it over). The row is locked while it is
   * read, so of a node starting a try and the sweeper giving the job away, one wins.
   */
  public ExportJob started(String id, int attempt) {
    ExportJob job = locked(id);
    return job != null && job.start(node.id(), attempt, clock.instant()) ? job : null;
  }

  public void progress(String id, int attempt, long rows) {
    ExportJob job = locked(id);
    if (job != null && job.heldBy(node.id(), attempt)) {
      job.progress(rows, clock.instant());
    }
  }

  /** Marks try {@code attempt} done; false when the job is no longer this try's (or is gone). */
  public boolean done(String id, int attempt, long rows, long bytes) {
    ExportJob job = locked(id);
    if (job == null || !job.heldBy(node.id(), attempt) || job.finished()) {
      return false;
    }
    job.done(rows, bytes, clock.instant(), keep());
    return true;
  }

  public void failed(String id, int attempt, String key, String detail) {
    ExportJob job = locked(id);
    if (job != null && job.heldBy(node.id(), attempt) && !job.finished()) {
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

  /** Deletes the job; its file's pieces go with it (ON DELETE CASCADE). */
  public void remove(String id) {
    ExportJob job = em.find(ExportJob.class, id);
    if (job != null) {
      em.remove(job);
    }
  }

  /**
   * This node is alive: the jobs it has queued or running are marked fresh, so the sweeper leaves
   * them alone however long their query takes before the first row.
   */
  public void beat() {
    em.createNamedQuery(ExportJob.BEAT)
        .setParameter("now", clock.instant())
        .setParameter("node", node.id())
        .setParameter("states", List.of(ExportState.QUEUED, ExportState.RUNNING))
        .executeUpdate();
  }

  /** Ids of the queued or running jobs that have not been marked fresh for {@code quiet}. */
  public List<String> stalled(Duration quiet) {
    return em
        .createNamedQuery(ExportJob.STALLED, ExportJob.class)
        .setParameter("states", List.of(ExportState.QUEUED, ExportState.RUNNING))
        .setParameter("before", clock.instant().minus(quiet))
        .setMaxResults(100)
        .getResultList()
        .stream()
        .map(ExportJob::id)
        .toList();
  }

  /**
   * The node of job {@code id} went quiet (it stopped or died): the next try is queued on this node
   * and returned, or, after {@code maxTries}, the job fails saying so; null when the job moved on
   * meanwhile (it ended, or its node spoke again).
   */
  public ExportJob takeOver(String id, Duration quiet, int maxTries) {
    ExportJob job = locked(id);
    Instant now = clock.instant();
    if (job == null || job.finished() || !job.quietSince(now.minus(quiet))) {
      return null;
    }
    if (job.attempt() >= maxTries) {
      job.fail("report.export.failed.interrupted", String.valueOf(job.attempt()), now);
      return null;
    }
    job.retryOn(node.id(), now);
    return job;
  }

  private ExportJob locked(String id) {
    return em.find(ExportJob.class, id, LockModeType.PESSIMISTIC_WRITE);
  }
}
