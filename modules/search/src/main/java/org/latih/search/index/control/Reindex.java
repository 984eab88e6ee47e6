package org.latih.search.index.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Rebuilds the whole index from the database in the background, with progress for the admin page;
 * searches keep answering from the old index until the new one is complete. {@link SearchStartup}
 * runs it when the index is missing or was found corrupt.
 */
@ApplicationScoped
public class Reindex {

  private static final Logger LOG = Logger.getLogger(Reindex.class.getName());

  /** Where a rebuild stands. */
  public record Progress(
      String state, int done, int total, Instant startedAt, Long millis, String error) {

    static Progress idle() {
      return new Progress("IDLE", 0, 0, null, null, null);
    }
  }

  @Inject CourseIndex index;
  @Inject CourseDocuments documents;
  @Inject Clock clock;
  @Resource ManagedExecutorService executor;

  private final AtomicReference<Progress> progress = new AtomicReference<>(Progress.idle());

  public Progress start() {
    Instant now = clock.instant();
    Progress running = new Progress("RUNNING", 0, 0, now, null, null);
    Progress before = progress.getAndUpdate(p -> "RUNNING".equals(p.state()) ? p : running);
    if ("RUNNING".equals(before.state())) {
      throw new RebuildRunningException();
    }
    index.rebuildStarts();
    executor.submit(() -> run(now));
    return running;
  }

  public Progress progress() {
    return progress.get();
  }

  private void run(Instant started) {
    try {
      List<String> codes = documents.codes();
      progress.set(new Progress("RUNNING", 0, codes.size(), started, null, null));
      // a course deleted while the rebuild runs is simply skipped
      Iterator<CourseDocument> all =
          codes.stream().map(documents::load).flatMap(java.util.Optional::stream).iterator();
      index
          .lucene()
          .rebuild(
              all,
              codes.size(),
              done ->
                  progress.set(new Progress("RUNNING", done, codes.size(), started, null, null)));
      long millis = Duration.between(started, clock.instant()).toMillis();
      LOG.info(() -> "Search index rebuilt: " + codes.size() + " courses in " + millis + " ms");
      progress.set(new Progress("DONE", codes.size(), codes.size(), started, millis, null));
    } catch (Exception | Error e) {
      // an Error too: a rebuild that died without saying so left the old index, and RUNNING
      LOG.log(Level.SEVERE, "Search index rebuild failed", e);
      Progress p = progress.get();
      progress.set(new Progress("FAILED", p.done(), p.total(), started, null, e.toString()));
    }
  }
}
