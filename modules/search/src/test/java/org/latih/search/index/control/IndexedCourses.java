package org.latih.search.index.control;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A fresh index of the {@link Courses} sample for each test, closed after it. */
abstract class IndexedCourses {

  @TempDir Path dir;
  LuceneCourseIndex index;

  @BeforeEach
  void fill() throws IOException {
    index = Courses.indexed(dir);
  }

  @AfterEach
  void close() {
    index.close();
  }
}
