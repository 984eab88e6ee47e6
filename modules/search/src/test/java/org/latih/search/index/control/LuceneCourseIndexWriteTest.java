package org.latih.search.index.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneCourseIndexWriteTest {

  @TempDir Path dir;

  static long hits(LuceneCourseIndex index, String text) {
    return index.search(SearchQuery.of(text), Visibility.all()).totalHits();
  }

  @Test
  void putReplacesTheWholeCourse() throws IOException {
    try (LuceneCourseIndex index = Courses.indexed(dir)) {
      CourseDocument old = Courses.pelayananPrima();
      index.put(
          new CourseDocument(
              old.code(),
              "Pelayanan Prima",
              "Standar layanan terbaru.",
              List.of(),
              "id",
              "teknis",
              8,
              null,
              true,
              List.of(Courses.lesson("l9", "Baru", "Survei kepuasan masyarakat."))));
      assertEquals(0, hits(index, "keluhan")); // lesson l2 is gone
      assertEquals(0, hits(index, "instruktur")); // lesson l1 is gone
      assertEquals(1, hits(index, "survei"));
      assertEquals(1, hits(index, "prima"));
    }
  }

  @Test
  void removeTakesTheCourseOutAtOnce() throws IOException {
    try (LuceneCourseIndex index = Courses.indexed(dir)) {
      assertTrue(hits(index, "anggaran") > 0);
      index.remove("KEU-01");
      assertEquals(0, hits(index, "anggaran"));
      assertTrue(hits(index, "prima") > 0);
    }
  }

  @Test
  void writesSurviveReopening() throws IOException {
    try (LuceneCourseIndex index = new LuceneCourseIndex(dir)) {
      assertTrue(index.needsRebuild()); // missing
      index.put(Courses.pelayananPrima());
    }
    assertTrue(LuceneCourseIndex.healthy(dir));
    try (LuceneCourseIndex index = new LuceneCourseIndex(dir)) {
      assertFalse(index.needsRebuild());
      assertEquals(1, hits(index, "prima"));
    }
  }

  @Test
  void emptyIndexNeedsRebuild() throws IOException {
    new LuceneCourseIndex(dir).close();
    try (LuceneCourseIndex index = new LuceneCourseIndex(dir)) {
      assertTrue(index.needsRebuild());
    }
  }

  @Test
  void rebuildReportsProgressAndShowsTheOldIndexUntilComplete() throws IOException {
    try (LuceneCourseIndex index = new LuceneCourseIndex(dir)) {
      index.put(Courses.pelayananPrima());
      List<Integer> progress = new ArrayList<>();
      List<Long> oldHitsDuringRebuild = new ArrayList<>();
      List<Long> newHitsDuringRebuild = new ArrayList<>();
      index.rebuild(
          List.of(Courses.leadership(), Courses.kesehatanPapua()).iterator(),
          2,
          done -> {
            progress.add(done);
            oldHitsDuringRebuild.add(hits(index, "prima"));
            newHitsDuringRebuild.add(hits(index, "kesehatan"));
          });
      assertEquals(List.of(1, 2), progress);
      assertEquals(List.of(1L, 1L), oldHitsDuringRebuild);
      assertEquals(List.of(0L, 0L), newHitsDuringRebuild);
      assertEquals(0, hits(index, "prima"));
      assertEquals(1, hits(index, "kesehatan"));
      assertFalse(index.needsRebuild());
    }
  }

  @Test
  void rebuildReportsAboutEveryPercent() throws IOException {
    try (LuceneCourseIndex index = new LuceneCourseIndex(dir)) {
      List<Integer> progress = new ArrayList<>();
      index.rebuild(Stream.generate(Courses::leadership).limit(250).iterator(), 250, progress::add);
      assertEquals(125, progress.size()); // every 2 courses
      assertEquals(250, progress.get(progress.size() - 1));
      assertFalse(index.needsRebuild());
      index.rebuild(List.<CourseDocument>of().iterator(), 0, progress::add);
      assertEquals(0, progress.get(progress.size() - 1));
    }
  }

  @Test
  void failedRebuildKeepsTheOldIndex() throws IOException {
    try (LuceneCourseIndex index = Courses.indexed(dir)) {
      Iterator<CourseDocument> failing =
          Stream.<CourseDocument>iterate(
                  Courses.leadership(),
                  c -> {
                    throw new IllegalStateException("database gone");
                  })
              .limit(3)
              .iterator();
      assertThrows(IllegalStateException.class, () -> index.rebuild(failing, 3, done -> {}));
      assertEquals(1, hits(index, "prima"));
      index.put(Courses.arsip(2));
      assertEquals(2, hits(index, "arsip"));
      index.remove("PEL-01");
      assertEquals(0, hits(index, "prima"));
    }
  }

  @Test
  void garbageInTheIndexFilesIsDetectedAndTheIndexRecreated() throws IOException {
    try (LuceneCourseIndex index = Courses.indexed(dir)) {
      assertEquals(1, hits(index, "prima"));
    }
    Files.writeString(dir.resolve("notes.txt"), "not Lucene's");
    Random random = new Random(42);
    for (Path file : luceneFiles()) {
      byte[] garbage = new byte[(int) Math.max(16, Files.size(file))];
      random.nextBytes(garbage);
      Files.write(file, garbage);
    }
    assertFalse(LuceneCourseIndex.healthy(dir));
    try (LuceneCourseIndex index = new LuceneCourseIndex(dir)) {
      assertTrue(index.needsRebuild());
      assertEquals(0, hits(index, "prima"));
      index.put(Courses.pelayananPrima());
      assertEquals(1, hits(index, "prima"));
    }
    assertTrue(LuceneCourseIndex.healthy(dir));
    assertTrue(Files.exists(dir.resolve("notes.txt")));
  }

  @Test
  void truncatedIndexFilesAreDetected() throws IOException {
    try (LuceneCourseIndex index = Courses.indexed(dir)) {
      index.put(Courses.arsip(3));
    }
    for (Path file : luceneFiles()) {
      byte[] bytes = Files.readAllBytes(file);
      Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    }
    assertFalse(LuceneCourseIndex.healthy(dir));
    try (LuceneCourseIndex index = new LuceneCourseIndex(dir)) {
      assertTrue(index.needsRebuild());
      assertEquals(0, hits(index, "arsip"));
    }
  }

  @Test
  void missingFolderIsNotHealthyAndIsCreated() throws IOException {
    Path missing = dir.resolve("a/b/index");
    assertFalse(LuceneCourseIndex.healthy(missing));
    try (LuceneCourseIndex index = new LuceneCourseIndex(missing)) {
      assertTrue(index.needsRebuild());
      assertEquals(0, hits(index, "prima"));
    }
  }

  private List<Path> luceneFiles() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(f -> !f.getFileName().toString().equals("write.lock"))
          .filter(f -> !f.getFileName().toString().endsWith(".txt"))
          .toList();
    }
  }
}
