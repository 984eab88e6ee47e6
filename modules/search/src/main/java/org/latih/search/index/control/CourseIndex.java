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

  @PostConstruct
  void open() {
    try {
      index = new LuceneCourseIndex(Path.of(dataDir, "search", "courses"));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open the search index under " + dataDir, e);
    }
  }

  public LuceneCourseIndex lucene() {
    return index;
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
