package org.latih.app.it;

import java.io.IOException;
import java.io.Reader;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * What bench/seed-region left for the exam-day benchmark (seed.properties and seed-users.txt): the
 * exam course, its learners (enrolled, lessons done, pre-test submitted, listed first) and the
 * region's other learners, all with the password LATIH_BENCH_PASSWORD.
 */
record SeededExam(String course, List<String> takers, List<String> others, String password) {

  static SeededExam read(Path data) throws IOException {
    Properties facts = new Properties();
    try (Reader in = Files.newBufferedReader(data.resolve("seed.properties"))) {
      facts.load(in);
    }
    List<String> learners =
        Files.readAllLines(data.resolve("seed-users.txt")).stream()
            .filter(line -> !line.isBlank() && !line.startsWith("#"))
            .toList();
    int takers = Integer.parseInt(facts.getProperty("exam.takers"));
    return new SeededExam(
        facts.getProperty("exam.course"),
        learners.subList(0, takers),
        learners.subList(takers, learners.size()),
        System.getenv().getOrDefault("LATIH_BENCH_PASSWORD", SeedRegionCommand.DEFAULT_PASSWORD));
  }

  /** The exam course's post-test, looked up as its first learner sees it. */
  long postTest(URL base) {
    return Tests.quizId(Api.as(base, takers.get(0), password), course, "POST_TEST");
  }
}
