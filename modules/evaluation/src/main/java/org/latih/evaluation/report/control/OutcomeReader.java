package org.latih.evaluation.report.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.latih.api.reports.AttendanceRow;
import org.latih.api.reports.ReportRequest;
import org.latih.api.reports.ResponseRow;
import org.latih.evaluation.report.control.RegionOutcomes.Enrolments;
import org.latih.kernel.identity.region.entity.Region;
import org.latih.kernel.persistence.StatementCounter;
import org.latih.worker.protocol.OutcomeSnapshot;

/**
 * Reads the outcome data of one region for one report request, before the plugin is called. Once
 * the enrolments are read, the attendance and the form responses are read on threads of their own
 * while the calling thread reads the scores and indicators: the reads are independent, and a whole
 * region's took 1.6–2.0 s one after another on PostgreSQL, most of it turning rows into objects on
 * one core of two. Each read has a transaction of its own, as each statement of one read-committed
 * transaction saw its own moment anyway.
 */
@ApplicationScoped
public class OutcomeReader {

  /**
   * Two reads beside each of the {@code latih.plugin.max-loads} readings that may run at once (2 by
   * default); more wait their turn here.
   */
  private static final int THREADS = 4;

  @Inject RegionOutcomes reads;
  @Resource ManagedThreadFactory threads;

  private ExecutorService beside;

  @PostConstruct
  void start() {
    beside = Executors.newFixedThreadPool(THREADS, threads);
  }

  @PreDestroy
  void stop() {
    beside.shutdownNow();
  }

  public OutcomeSnapshot load(Region region, ReportRequest request) {
    ReportScope scope = ReportScope.of(region.id(), request);
    Enrolments enrolments = reads.enrolments(scope);
    Future<List<AttendanceRow>> attendance =
        aside(() -> reads.attendance(scope, enrolments.year()));
    Future<Map<String, List<ResponseRow>>> responses =
        aside(() -> reads.responses(scope, enrolments.year()));
    try {
      var scores = reads.scores(region, enrolments.scored());
      var indicators = reads.indicators(region);
      return new OutcomeSnapshot(
          region.code(), enrolments.rows(), join(attendance), scores, join(responses), indicators);
    } finally {
      // after a failure here nobody waits for them: a read not yet begun is dropped (one under way
      // ends by itself; interrupted, it could leave its pooled connection broken)
      attendance.cancel(false);
      responses.cancel(false);
    }
  }

  /** A read on a thread of its own; its statements count for the request that asked. */
  private <T> Future<T> aside(Callable<T> read) {
    return beside.submit(StatementCounter.forCaller(read));
  }

  private static <T> T join(Future<T> read) {
    try {
      return read.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while reading outcome data", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failed) {
        throw failed;
      }
      throw new IllegalStateException("Outcome data not read", e.getCause());
    }
  }
}
