package org.latih.assessment.question.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.latih.assessment.question.entity.Choice;
import org.latih.assessment.question.entity.QuestionType;

/**
 * The starter courses' tests follow content/FORMAT.md: every file imports cleanly into exactly 7
 * single-choice, 1 true/false, 1 short-answer and 1 matching question, and the right option's place
 * varies.
 */
class StarterQuestionFilesTest {

  private static final Path CONTENT = Path.of("../../content");

  @Test
  void everyStarterFileImportsIntoTheAgreedMixOfQuestions() throws IOException {
    List<Path> files;
    try (Stream<Path> courses = Files.list(CONTENT)) {
      files =
          courses
              .map(course -> course.resolve("questions"))
              .filter(Files::isDirectory)
              .flatMap(StarterQuestionFilesTest::giftFiles)
              .sorted()
              .toList();
    }
    assertFalse(files.isEmpty(), "no starter question files under " + CONTENT.toAbsolutePath());
    for (Path file : files) {
      ImportResult result = GiftFormat.parse(Files.readString(file, StandardCharsets.UTF_8));
      assertEquals(List.of(), result.problems(), file.toString());
      assertEquals(10, result.questions().size(), file.toString());
      Map<QuestionType, Long> types =
          result.questions().stream()
              .collect(Collectors.groupingBy(q -> q.content().type(), Collectors.counting()));
      assertEquals(
          Map.of(
              QuestionType.SINGLE_CHOICE, 7L,
              QuestionType.TRUE_FALSE, 1L,
              QuestionType.SHORT_ANSWER, 1L,
              QuestionType.MATCHING, 1L),
          types,
          file.toString());
      assertTheRightAnswerMoves(file, result);
    }
  }

  /**
   * Authors often write the right answer first; the starter content must not teach learners that
   * habit (nor a key to anyone reading the file's order), so in each file its place varies.
   */
  private static void assertTheRightAnswerMoves(Path file, ImportResult result) {
    List<Integer> places =
        result.questions().stream()
            .map(q -> q.content())
            .filter(c -> c.type() == QuestionType.SINGLE_CHOICE)
            .map(
                c ->
                    c.choices()
                        .indexOf(
                            c.choices().stream().filter(Choice::right).findFirst().orElseThrow()))
            .toList();
    assertTrue(places.stream().distinct().count() >= 3, file + ": right answer at " + places);
    assertTrue(
        places.stream().filter(p -> p == 0).count() <= places.size() / 2,
        file + ": right answer first too often: " + places);
  }

  private static Stream<Path> giftFiles(Path dir) {
    try (Stream<Path> list = Files.list(dir)) {
      return list.filter(p -> p.toString().endsWith(".gift")).toList().stream();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
