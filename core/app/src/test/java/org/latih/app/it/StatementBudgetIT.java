package org.latih.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Statement budgets of the hot paths, read from the X-Latih-Statements header that the test server
 * adds (latih.diagnostics.statement-count): what a request costs the database must not grow with
 * the size of the quiz. Runs on H2 and, in CI, on PostgreSQL.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StatementBudgetIT {

  @ArquillianResource URL base;

  /** A learner's fresh attempt at the pre-test of a new course with {@code questions} questions. */
  private Attempt attemptWith(int questions) {
    String course = CoursePackages.newId("anggaran");
    StringBuilder gift = new StringBuilder();
    for (int i = 1; i <= questions; i++) {
      gift.append("::S")
          .append(i)
          .append(":: Soal nomor ")
          .append(i)
          .append("? {=benar ~salah}\n\n");
    }
    Api instructor = People.signIn(base, People.create(base, "kupang", "INSTRUCTOR"));
    Api.Reply uploaded =
        instructor.postBytes(
            "api/v1/course-packages",
            "application/zip",
            CoursePackages.valid(course, "1.0.0")
                .text("questions/pre-test.gift", gift.toString())
                .zip());
    assertEquals(200, uploaded.status(), uploaded::toString);
    instructor.patch("api/v1/courses/" + course, "{\"published\":true}");
    Api learner = People.signIn(base, People.create(base, "kupang", "LEARNER"));
    learner.post("api/v1/courses/" + course + "/enrolment", "{}");
    Api.Reply start =
        learner.post(
            "api/v1/quizzes/" + Tests.quizId(learner, course, "PRE_TEST") + "/attempts", "");
    assertEquals(200, start.status(), start::toString);
    JsonObject started = start.json();
    assertEquals(questions, started.getJsonArray("questions").size());
    return new Attempt(instructor, course, learner, started, statements(start));
  }

  /** Adds {@code count} practice quizzes of every question in the course's bank. */
  private static void addQuizzes(Attempt in, int count) {
    String ids =
        in
            .instructor()
            .get("api/v1/courses/" + in.course() + "/questions?size=100")
            .json()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class)
            .stream()
            .map(q -> String.valueOf(q.getJsonNumber("id").longValue()))
            .collect(java.util.stream.Collectors.joining(","));
    for (int i = 1; i <= count; i++) {
      Api.Reply created =
          in.instructor()
              .post(
                  "api/v1/courses/" + in.course() + "/quizzes",
                  "{\"kind\":\"QUIZ\",\"title\":\"Latihan " + i + "\",\"attemptsAllowed\":3}");
      assertEquals(201, created.status(), created::toString);
      long quiz = created.json().getJsonNumber("id").longValue();
      Api.Reply used =
          in.instructor()
              .put("api/v1/quizzes/" + quiz + "/questions", "{\"questionIds\":[" + ids + "]}");
      assertEquals(200, used.status(), used::toString);
    }
  }

  private record Attempt(
      Api instructor, String course, Api learner, JsonObject json, int startStatements) {
    long id() {
      return json.getJsonNumber("id").longValue();
    }

    String option(int position) {
      return Tests.choices(
          json.getJsonArray("questions")
              .getJsonObject(position - 1)
              .getJsonArray("options")
              .getJsonObject(0));
    }
  }

  private static int statements(Api.Reply reply) {
    String header = reply.header("X-Latih-Statements");
    assertTrue(header != null, "the test server reports statements: " + reply);
    return Integer.parseInt(header);
  }

  /** A small and a large attempt, made once for all tests of this class. */
  private static Attempt small;

  private static Attempt large;

  private void attempts() {
    if (small == null) {
      small = attemptWith(5);
      large = attemptWith(40);
    }
  }

  @Test
  void aRequestReadsItsSessionWithItsUserRegionAndRolesInOneStatement() {
    Api admin = People.signIn(base, People.create(base, "kupang", "REGIONAL_ADMIN", "EVALUATOR"));
    Api.Reply session = admin.get("api/v1/auth/session");
    assertEquals(200, session.status(), session::toString);
    assertEquals(2, session.json().getJsonObject("user").getJsonArray("roles").size());
    // one statement finds the session with its user, region and roles, then the resource reads the
    // session and its user for its answer in four (eight in all when the first reads them one by
    // one)
    assertTrue(statements(session) <= 5, "reading the current session ran " + statements(session));
  }

  @Test
  void anAnswerSaveCostsAtMostFiveStatementsWhateverTheQuizSize() {
    attempts();
    Api.Reply inSmall = Tests.answer(small.learner(), small.id(), 2, 1, small.option(2));
    Api.Reply inLarge = Tests.answer(large.learner(), large.id(), 2, 1, large.option(2));
    assertEquals(200, inSmall.status(), inSmall::toString);
    assertEquals(200, inLarge.status(), inLarge::toString);
    assertEquals(statements(inSmall), statements(inLarge), "5 and 40 questions cost the same");
    assertTrue(statements(inLarge) <= 5, "an answer save ran " + statements(inLarge));
  }

  @Test
  void resumingAnAttemptCostsAtMostSixStatementsWhateverTheQuizSize() {
    attempts();
    Api.Reply inSmall = small.learner().get("api/v1/attempts/" + small.id());
    Api.Reply inLarge = large.learner().get("api/v1/attempts/" + large.id());
    assertEquals(40, inLarge.json().getJsonArray("questions").size());
    assertEquals(statements(inSmall), statements(inLarge), "5 and 40 questions cost the same");
    assertTrue(statements(inLarge) <= 6, "reading an attempt ran " + statements(inLarge));
  }

  @Test
  void theCoursesQuizListCostsTheSameWhateverTheNumberOfQuizzesAndQuestions() {
    attempts();
    addQuizzes(large, 8);
    Api.Reply one = small.learner().get("api/v1/courses/" + small.course() + "/quizzes");
    Api.Reply nine = large.learner().get("api/v1/courses/" + large.course() + "/quizzes");
    assertEquals(1, one.structure().asJsonArray().size());
    assertEquals(9, nine.structure().asJsonArray().size());
    assertEquals(
        statements(one), statements(nine), "1 quiz of 5 questions and 9 of 40 cost the same");
    assertTrue(statements(nine) <= 10, "the quiz list ran " + statements(nine));
  }

  @Test
  void startingAnAttemptCostsAtMostFifteenStatementsWhateverTheQuizSize() {
    attempts();
    // the slots go in one batch; ids come from sequences that hand out 50 at a time, so a
    // larger attempt may need one more sequence read than a smaller one
    assertTrue(small.startStatements() <= 15, "a 5-question start ran " + small.startStatements());
    assertTrue(large.startStatements() <= 15, "a 40-question start ran " + large.startStatements());
  }

  /** A course whose pre-test {@code learners} learners of Kupang have taken and submitted. */
  private Attempt takenBy(int learners) {
    Attempt first = attemptWith(2);
    Tests.submit(first.learner(), first.id());
    long quiz = first.json().getJsonNumber("quizId").longValue();
    for (int i = 1; i < learners; i++) {
      Api learner = People.signIn(base, People.create(base, "kupang", "LEARNER"));
      learner.post("api/v1/courses/" + first.course() + "/enrolment", "{}");
      Tests.submit(learner, Tests.start(learner, quiz).getJsonNumber("id").longValue());
    }
    return first;
  }

  @Test
  void aPageOfQuizResultsCostsTheSameWhateverTheNumberOfLearners() {
    Attempt one = takenBy(1);
    Attempt six = takenBy(6);
    String page = "/results?page=1&size=4";
    Api.Reply few =
        one.instructor().get("api/v1/quizzes/" + one.json().getJsonNumber("quizId") + page);
    Api.Reply many =
        six.instructor().get("api/v1/quizzes/" + six.json().getJsonNumber("quizId") + page);
    assertEquals(1, few.json().getInt("totalItems"));
    assertEquals(6, many.json().getInt("totalItems"));
    assertEquals(4, many.json().getJsonArray("items").size(), "paged by the database");
    assertEquals(statements(few), statements(many), "1 and 6 learners cost the same");
    assertTrue(statements(many) <= 10, "a results page ran " + statements(many));
  }
}
