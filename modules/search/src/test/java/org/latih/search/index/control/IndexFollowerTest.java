package org.latih.search.index.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexFollowerTest {

  @TempDir Path dataDir;

  private final CourseIndex index = new CourseIndex();
  private final List<String> loaded = new ArrayList<>();
  private final IndexFollower follower = new IndexFollower();

  /** Reads courses from the test catalogue instead of the database, and notes each read. */
  private final class Catalogue extends CourseDocuments {
    @Override
    public Optional<CourseDocument> load(String code) {
      loaded.add(code);
      CourseDocument course = Courses.pelayananPrima();
      return Optional.of(course).filter(c -> c.code().equals(code));
    }
  }

  private void open() {
    index.dataDir = dataDir.toString();
    index.open();
    follower.index = index;
    follower.documents = new Catalogue();
  }

  @AfterEach
  void close() {
    index.close();
  }

  @Test
  void aNewIndexWaitsForTheRebuildInsteadOfIndexingCourseByCourse() {
    open();
    assertTrue(index.rebuildAhead());

    follower.refresh("PEL-01");
    assertEquals(List.of(), loaded, "the course is not even read: the rebuild will read it");
    assertEquals(0, LuceneCourseIndexWriteTest.hits(index.lucene(), "prima"));

    index.rebuildStarts(); // from here on the rebuild may already have read the courses
    follower.refresh("PEL-01");
    assertEquals(List.of("PEL-01"), loaded);
    assertEquals(1, LuceneCourseIndexWriteTest.hits(index.lucene(), "prima"));
  }

  @Test
  void aHealthyIndexIsKeptInStepAtOnce() throws IOException {
    try (LuceneCourseIndex earlier =
        new LuceneCourseIndex(dataDir.resolve("search").resolve("courses"))) {
      earlier.put(Courses.keuanganDaerah());
    }
    open();
    assertFalse(index.rebuildAhead());
    assertEquals(0, LuceneCourseIndexWriteTest.hits(index.lucene(), "prima"));

    follower.refresh("PEL-01");
    assertEquals(List.of("PEL-01"), loaded);
    assertEquals(1, LuceneCourseIndexWriteTest.hits(index.lucene(), "prima"));
  }
}
