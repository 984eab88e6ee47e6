package org.latih.search.index.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The application's one course index, under {@code <data dir>/search/courses}. Every node keeps its
 * own index, so it can always be rebuilt from the database, which stays the only truth.
 */
@ApplicationScoped
public class CourseIndex {

  @Inject
  @ConfigProperty(name = "latih.data.dir", defaultValue = "./data")
  String dataDir;

  private LuceneCourseIndex index;

  /**
   * From opening an index that needs a rebuild until a rebuild starts: courses written one by one
   * meanwhile are wasted work (on a new installation, the whole starter catalogue indexed on the
   * start-up thread), since the rebuild reads every course from the database after this is cleared.
   */
  private volatile boolean rebuildAhead;

  @PostConstruct
  void open() {
    try {
      index = new LuceneCourseIndex(Path.of(dataDir, "search", "courses"));
      rebuildAhead = index.needsRebuild();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open the search index under " + dataDir, e);
    }
  }

  public LuceneCourseIndex lucene() {
    return index;
  }

  /** Whether a rebuild that has not yet read the database is bound to index every course. */
  public boolean rebuildAhead() {
    return rebuildAhead;
  }

  /** Called by a rebuild before it reads the courses, so changes after that are written again. */
  void rebuildStarts() {
    rebuildAhead = false;
  }

  @PreDestroy
  void close() {
    try {
      index.close();
    } catch (Exception e) {
      // closing at shutdown: the index is rebuilt at next start if it was left broken
    }
  }
}
