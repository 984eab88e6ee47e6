package org.latih.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Pre-tests, post-tests and quizzes over HTTP: the attempt engine, grading and the reports. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AssessmentIT {

  private static final String STARTER = "manajemen-waktu";

  @ArquillianResource URL base;

  /** Each question's content as its editors see it in the bank, by its text. */
  private Map<String, JsonObject> keyByText(String course, String category) {
    JsonObject bank =
        Api.admin(base)
            .get("api/v1/courses/" + course + "/questions?size=100&category=" + category)
            .json();
    return bank.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(q -> q.getJsonObject("content"))
        .collect(Collectors.toMap(c -> c.getString("text"), c -> c));
  }

  /**
   * The right response to a question of an attempt: the bank knows the right option by its text,
   * the attempt names options by tokens of its own.
   */
  static String rightResponse(JsonObject content, JsonObject question) {
    JsonArray choices = content.getJsonArray("choices");
    return switch (content.getString("type")) {
      case "SINGLE_CHOICE", "TRUE_FALSE" -> {
        String text =
            choices.getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getJsonNumber("fraction").doubleValue() >= 1)
                .findFirst()
                .orElseThrow()
                .getString("text");
        yield "{\"choices\":[\"" + idOf(question.getJsonArray("options"), text) + "\"]}";
      }
      case "SHORT_ANSWER" ->
          "{\"text\":\"" + choices.getJsonObject(0).getString("text").replace("\"", "\\\"") + "\"}";
      case "MATCHING" -> {
        JsonArray pairs = content.getJsonArray("pairs");
        StringBuilder matches = new StringBuilder("{\"matches\":{");
        for (int i = 0; i < pairs.size(); i++) {
          matches
              .append(i == 0 ? "" : ",")
              .append("\"")
              .append(i)
              .append("\":\"")
              .append(
                  idOf(
                      question.getJsonArray("answers"), pairs.getJsonObject(i).getString("answer")))
              .append("\"");
        }
        yield matches.append("}}").toString();
      }
      default -> throw new AssertionError("unexpected type in a starter test: " + content);
    };
  }

  /** The id under which the attempt shows the option with this text. */
  static String idOf(JsonArray options, String text) {
    return options.getValuesAs(JsonObject.class).stream()
        .filter(o -> o.getString("text").equals(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no option '" + text + "' in " + options))
        .getString("id");
  }

  private static void assertNoKey(String json) {
    for (String leak :
        List.of("\"fraction\"", "\"feedback\"", "\"right\"", "\"generalFeedback\"")) {
      assertFalse(json.contains(leak), "the learner's JSON holds " + leak + ": " + json);
    }
  }

  @Test
  void aLearnerTakesThePreTestReadsTheLessonsPassesThePostTestAndSeesTheGain() {
    Api learner = People.signIn(base, People.create(base, "kupang", "LEARNER"));
    JsonObject detail = learner.get("api/v1/courses/" + STARTER).json();
    int jp = detail.getJsonObject("course").getInt("jp");
    int jpBefore = learner.get("api/v1/me/transcript").json().getInt("jpThisYear");
    assertEquals(201, learner.post("api/v1/courses/" + STARTER + "/enrolment", "{}").status());
    List<String> lessons =
        detail.getJsonArray("modules").getValuesAs(JsonObject.class).stream()
            .flatMap(m -> m.getJsonArray("lessons").getValuesAs(JsonObject.class).stream())
            .map(l -> l.getString("key"))
            .toList();

    learner
        .get("api/v1/courses/" + STARTER + "/lessons/" + lessons.get(0))
        .problem(409, "pre-test-first");
    long post = Tests.quizId(learner, STARTER, "POST_TEST");
    learner.post("api/v1/quizzes/" + post + "/attempts", "").problem(409, "lessons-first");

    Api.Reply started =
        learner.post(
            "api/v1/quizzes/" + Tests.quizId(learner, STARTER, "PRE_TEST") + "/attempts", "");
    assertEquals(200, started.status(), started::toString);
    assertNoKey(started.body());
    JsonObject attempt = started.json();
    assertEquals(10, attempt.getJsonArray("questions").size());
    long remaining = attempt.getJsonNumber("remainingSeconds").longValue();
    assertTrue(remaining > 1700 && remaining <= 1800, "30 minutes on the server's clock");
    long id = attempt.getJsonNumber("id").longValue();
    assertNoKey(learner.get("api/v1/attempts/" + id).body());
    for (JsonObject q : attempt.getJsonArray("questions").getValuesAs(JsonObject.class)) {
      JsonArray options = q.getJsonArray("options");
      if (!options.isEmpty()) {
        Api.Reply saved =
            Tests.answer(
                learner, id, q.getInt("position"), 1, Tests.choices(options.getJsonObject(0)));
        assertEquals(200, saved.status(), saved::toString);
        assertNoKey(saved.body());
      }
    }
    Api.Reply submitted = learner.post("api/v1/attempts/" + id + "/submit", "");
    assertEquals(200, submitted.status(), submitted::toString);
    assertNoKey(submitted.body());
    JsonObject preResult = submitted.json().getJsonObject("result");
    assertFalse(preResult.getBoolean("reviewAvailable"), "the pre-test shows the score only");
    double pre = preResult.getJsonNumber("percent").doubleValue();
    learner
        .post("api/v1/quizzes/" + Tests.quizId(learner, STARTER, "PRE_TEST") + "/attempts", "")
        .problem(409, "no-attempts-left");

    for (String key : lessons) {
      learner.get("api/v1/courses/" + STARTER + "/lessons/" + key);
      learner.post("api/v1/courses/" + STARTER + "/lessons/" + key + "/completion", "");
    }
    JsonObject progress = learner.get("api/v1/courses/" + STARTER).json().getJsonObject("progress");
    assertEquals(100, progress.getInt("percent"));
    assertFalse(progress.containsKey("completedAt"), "the post-test is still to pass");

    Map<String, JsonObject> key = keyByText(STARTER, STARTER + "/post");
    JsonObject postAttempt = Tests.start(learner, post);
    long postId = postAttempt.getJsonNumber("id").longValue();
    for (JsonObject q : postAttempt.getJsonArray("questions").getValuesAs(JsonObject.class)) {
      JsonObject content = key.get(q.getString("text"));
      assertNotNull(content, "question of the post-test category: " + q.getString("text"));
      String right = rightResponse(content, q);
      Api.Reply saved = Tests.answer(learner, postId, q.getInt("position"), 1, right);
      assertEquals(200, saved.status(), saved::toString);
    }
    JsonObject postResult = Tests.submit(learner, postId).getJsonObject("result");
    assertEquals(100.0, postResult.getJsonNumber("percent").doubleValue(), 1e-9);
    assertTrue(postResult.getBoolean("passed"));
    assertTrue(postResult.getBoolean("reviewAvailable"), "the post-test shows the review");
    assertEquals(10, postResult.getJsonArray("review").size());

    progress = learner.get("api/v1/courses/" + STARTER).json().getJsonObject("progress");
    assertTrue(progress.containsKey("completedAt"), "passing the post-test completed the course");
    assertEquals(jpBefore + jp, learner.get("api/v1/me/transcript").json().getInt("jpThisYear"));

    JsonObject gain = learner.get("api/v1/courses/" + STARTER + "/gain/mine").json();
    assertEquals(pre, gain.getJsonNumber("pre").doubleValue(), 1e-9);
    assertEquals(100 - pre, gain.getJsonNumber("raw").doubleValue(), 1e-9);
    if (pre < 100) {
      assertEquals(1.0, gain.getJsonNumber("normalized").doubleValue(), 1e-9);
      assertEquals("HIGH", gain.getString("band"));
    }
  }

  @Test
  void savesAreIdempotentOrderedCheckedAndOnlyForTheirOwnAttempt() {
    String course = CoursePackages.newId("simpan");
    uploadAndPublish("bengkulu", course);
    Api learner = People.signIn(base, People.create(base, "bengkulu", "LEARNER"));
    learner.post("api/v1/courses/" + course + "/enrolment", "{}");
    JsonObject attempt = Tests.start(learner, Tests.quizId(learner, course, "PRE_TEST"));
    long id = attempt.getJsonNumber("id").longValue();
    JsonArray options = attempt.getJsonArray("questions").getJsonObject(0).getJsonArray("options");
    String a = Tests.choices(options.getJsonObject(0));
    String b = Tests.choices(options.getJsonObject(1));

    assertEquals("SAVED", Tests.answer(learner, id, 1, 1, a).json().getString("outcome"));
    assertEquals("ALREADY_SAVED", Tests.answer(learner, id, 1, 1, a).json().getString("outcome"));
    assertEquals("SAVED", Tests.answer(learner, id, 1, 3, b).json().getString("outcome"));
    Api.Reply stale = Tests.answer(learner, id, 1, 2, a);
    stale.problem(409, "answer-stale");
    assertEquals(3, stale.json().getInt("savedSequence"), "the page renumbers from it");
    Tests.answer(learner, id, 1, 3, a).problem(409, "answer-stale");
    JsonObject saved =
        learner.get("api/v1/attempts/" + id).json().getJsonArray("questions").getJsonObject(0);
    assertEquals(3, saved.getInt("sequence"));
    assertEquals(
        options.getJsonObject(1).getString("id"),
        saved.getJsonObject("response").getJsonArray("choices").getString(0),
        "the stale save did not overwrite the newer answer");

    Tests.answer(learner, id, 1, 4, "{\"choices\":[\"zz\"]}").problem(422, "unknown-option");
    Tests.answer(learner, id, 99, 4, a).problem(404);
    Tests.answer(learner, id, 1, 4, "{\"text\":\"dua\"}").problem(400);
    learner.put("api/v1/attempts/" + id + "/answers/1", "{\"response\":" + a + "}").problem(400);
    learner
        .put("api/v1/attempts/" + id + "/answers/1", "{\"sequence\":5,\"response\":[1]}")
        .problem(400);

    Api stranger = People.signIn(base, People.create(base, "bengkulu", "LEARNER"));
    stranger.get("api/v1/attempts/" + id).problem(404);
    Tests.answer(stranger, id, 1, 10, a).problem(404);
    stranger.post("api/v1/attempts/" + id + "/submit", "").problem(404);

    Tests.submit(learner, id);
    Tests.answer(learner, id, 1, 10, a).problem(409, "attempt-closed");
    learner.post("api/v1/attempts/" + id + "/submit", "").problem(409, "attempt-closed");
  }

  @Test
  void theServerClosesAnOverdueAttemptWithWhatWasSavedAndRefusesLateAnswers() throws Exception {
    String course = CoursePackages.newId("kilat");
    Api instructor = uploadAndPublish("solok", course);
    long question = firstQuestionId(instructor, course);
    // the slow steps (sign-in, enrolment) come before the clock starts
    Api learner = People.signIn(base, People.create(base, "solok", "LEARNER"));
    learner.post("api/v1/courses/" + course + "/enrolment", "{}");
    Instant closes = Instant.now().plusSeconds(8);
    long quiz =
        createQuiz(
            instructor,
            course,
            "{\"kind\":\"QUIZ\",\"title\":\"Kuis Kilat\",\"closesAt\":\""
                + closes
                + "\",\"attemptsAllowed\":1,\"review\":\"AFTER_SUBMIT\"}",
            question);
    JsonObject attempt = Tests.start(learner, quiz);
    long id = attempt.getJsonNumber("id").longValue();
    assertEquals(
        closes.toString().substring(0, 19), attempt.getString("deadline").substring(0, 19));
    JsonObject q = attempt.getJsonArray("questions").getJsonObject(0);
    String right =
        q.getJsonArray("options").getValuesAs(JsonObject.class).stream()
            .filter(o -> o.getString("text").equals("dua"))
            .map(Tests::choices)
            .findFirst()
            .orElseThrow();
    assertEquals(200, Tests.answer(learner, id, 1, 1, right).status());

    // wait for the server to close the attempt, not for a guessed number of seconds
    JsonObject closed =
        Waits.until(
            () -> learner.get("api/v1/attempts/" + id).json(),
            a -> !"OPEN".equals(a.getString("state")),
            Duration.between(Instant.now(), closes).plusSeconds(60));
    assertEquals("SUBMITTED", closed.getString("state"));
    String late = Tests.answer(learner, id, 1, 2, right).problem(409, "attempt-closed");
    assertTrue(late.contains("otomatis"), late);
    JsonObject result = closed.getJsonObject("result");
    assertTrue(result.getBoolean("autoSubmitted"));
    assertEquals(100.0, result.getJsonNumber("percent").doubleValue(), 1e-9, "the saved answer");
  }

  @Test
  void aGiftFileWithProblemsIsRefusedWholeWithEveryLineAndAGoodOneIsImported() {
    String course = CoursePackages.newId("gift");
    Api instructor = uploadAndPublish("kupang", course);
    int before = bankSize(instructor, course);
    String bad =
        "::B1:: Ibu kota NTT? {=Kupang ~Ende}\n\n"
            + "::B2:: Kurung tidak ditutup {=ya ~tidak\n\n"
            + "::B3:: Soal cloze {1:MC:=a~b} di sini\n";
    Api.Reply refused =
        instructor.postBytes(
            "api/v1/courses/" + course + "/questions/import?format=gift",
            "text/plain",
            bad.getBytes(StandardCharsets.UTF_8));
    refused.problem(422);
    assertTrue(refused.body().contains("line 3"), refused::toString);
    assertTrue(refused.body().contains("line 5"), refused::toString);
    assertEquals(before, bankSize(instructor, course), "nothing of the refused file was stored");

    String good =
        "$CATEGORY: "
            + course
            + "/kuis\n\n::G1:: Jelaskan arti pelayanan prima. {}\n\n"
            + "::G2:: Berapa JP untuk 90 menit? {#2:0}\n\n"
            + "::G3:: Pilih nilai dasar ASN. {~%50%Akuntabel ~%50%Kompeten ~%-100%Malas}\n";
    Api.Reply imported =
        instructor.postBytes(
            "api/v1/courses/" + course + "/questions/import?format=gift",
            "text/plain",
            good.getBytes(StandardCharsets.UTF_8));
    assertEquals(200, imported.status(), imported::toString);
    assertEquals(3, imported.json().getInt("created"));
    assertEquals(before + 3, bankSize(instructor, course));
    Api.Reply again =
        instructor.postBytes(
            "api/v1/courses/" + course + "/questions/import?format=gift",
            "text/plain",
            good.getBytes(StandardCharsets.UTF_8));
    assertEquals(3, again.json().getInt("unchanged"), "importing twice adds nothing");
    String export =
        new String(
            instructor.download("api/v1/courses/" + course + "/questions/export"),
            StandardCharsets.UTF_8);
    assertTrue(
        export.contains("::G2::") && export.contains("$CATEGORY: " + course + "/kuis"), export);

    People.signIn(base, People.create(base, "kupang", "LEARNER"))
        .get("api/v1/courses/" + course + "/questions")
        .problem(403);
  }

  @Test
  void anEssayWaitsForItsRegionsGraderAndTheGradeCompletesTheResult() {
    String course = CoursePackages.newId("esai");
    Api instructor = uploadAndPublish("batanghari", course);
    instructor.postBytes(
        "api/v1/courses/" + course + "/questions/import",
        "text/plain",
        "::E1:: Jelaskan satu contoh pelayanan prima di unit kerja Anda. {}\n"
            .getBytes(StandardCharsets.UTF_8));
    long essay =
        instructor
            .get("api/v1/courses/" + course + "/questions?size=100")
            .json()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(q -> q.getJsonObject("content").getString("type").equals("ESSAY"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    long quiz =
        createQuiz(
            instructor,
            course,
            "{\"kind\":\"QUIZ\",\"title\":\"Refleksi\",\"review\":\"AFTER_SUBMIT\"}",
            essay);
    Api learner = People.signIn(base, People.create(base, "batanghari", "LEARNER"));
    learner.post("api/v1/courses/" + course + "/enrolment", "{}");
    long id = Tests.start(learner, quiz).getJsonNumber("id").longValue();
    Tests.answer(learner, id, 1, 1, "{\"text\":\"Loket antrean daring di Disdukcapil.\"}");
    JsonObject result = Tests.submit(learner, id).getJsonObject("result");
    assertTrue(result.getBoolean("needsGrading"));
    assertEquals(JsonValue.NULL, result.getOrDefault("percent", JsonValue.NULL));

    JsonArray waiting =
        (JsonArray) instructor.get("api/v1/courses/" + course + "/grading").structure();
    assertEquals(1, waiting.size(), waiting::toString);
    assertEquals(
        "Loket antrean daring di Disdukcapil.", waiting.getJsonObject(0).getString("answer"));
    Api.Reply graded =
        instructor.put(
            "api/v1/courses/" + course + "/grading",
            "{\"attemptId\":"
                + id
                + ",\"position\":1,\"fraction\":0.5,\"comment\":\"Tambahkan data.\"}");
    assertEquals(200, graded.status(), graded::toString);
    instructor
        .put(
            "api/v1/courses/" + course + "/grading",
            "{\"attemptId\":" + id + ",\"position\":1,\"fraction\":2}")
        .problem(400);
    JsonObject after = learner.get("api/v1/attempts/" + id).json().getJsonObject("result");
    assertEquals(50.0, after.getJsonNumber("percent").doubleValue(), 1e-9);
    assertEquals(
        "Tambahkan data.",
        after.getJsonArray("review").getJsonObject(0).getString("graderComment"));
    People.signIn(base, People.create(base, "batanghari", "LEARNER"))
        .get("api/v1/courses/" + course + "/grading")
        .problem(403);
  }

  @Test
  void resultsCsvAndItemAnalysisAreForStaffAndShowOnlyTheirRegionsLearners() {
    String course = CoursePackages.newId("hasil");
    Api instructor = uploadAndPublish("bukittinggi", course);
    long pre = Tests.quizId(instructor, course, "PRE_TEST");
    String right = People.create(base, "bukittinggi", "LEARNER");
    String wrong = People.create(base, "bukittinggi", "LEARNER");
    for (String nip : List.of(right, wrong)) {
      Api learner = People.signIn(base, nip);
      learner.post("api/v1/courses/" + course + "/enrolment", "{}");
      JsonObject attempt = Tests.start(learner, pre);
      long id = attempt.getJsonNumber("id").longValue();
      String want = nip.equals(right) ? "dua" : "tiga";
      String response =
          attempt
              .getJsonArray("questions")
              .getJsonObject(0)
              .getJsonArray("options")
              .getValuesAs(JsonObject.class)
              .stream()
              .filter(o -> o.getString("text").equals(want))
              .map(Tests::choices)
              .findFirst()
              .orElseThrow();
      Tests.answer(learner, id, 1, 1, response);
      Tests.submit(learner, id);
    }
    JsonObject results = instructor.get("api/v1/quizzes/" + pre + "/results").json();
    assertEquals(2, results.getInt("totalItems"), results::toString);
    // separated and with the decimal mark the reader's spreadsheet expects
    String csv =
        new String(
            instructor.download("api/v1/quizzes/" + pre + "/results.csv?lang=id"),
            StandardCharsets.UTF_8);
    assertTrue(csv.contains(right + ";") && csv.contains(wrong + ";"), csv);
    assertTrue(csv.contains(";100,00;") && csv.contains(";0,00;"), csv);
    String english =
        new String(
            instructor.download("api/v1/quizzes/" + pre + "/results.csv?lang=en"),
            StandardCharsets.UTF_8);
    assertTrue(english.contains(right + ",") && english.contains(",100.00,"), english);
    JsonObject analysis = instructor.get("api/v1/quizzes/" + pre + "/analysis").json();
    assertEquals(2, analysis.getInt("attempts"));
    assertEquals(
        0.5,
        analysis.getJsonArray("items").getJsonObject(0).getJsonNumber("facility").doubleValue(),
        1e-9);

    People.signIn(base, right).get("api/v1/quizzes/" + pre + "/results").problem(403);
    Api evaluatorElsewhere = People.signIn(base, People.create(base, "kupang", "EVALUATOR"));
    Api.Reply foreign = evaluatorElsewhere.get("api/v1/quizzes/" + pre + "/results");
    assertTrue(foreign.status() == 403 || foreign.status() == 404, foreign::toString);

    JsonObject gain = instructor.get("api/v1/courses/" + course + "/gain").json();
    assertEquals(2, gain.getInt("learners"));
    assertEquals(JsonValue.NULL, gain.getOrDefault("cohort", JsonValue.NULL), "no post-test");
    assertEquals(
        JsonValue.NULL,
        gain.getJsonArray("rows").getJsonObject(0).getOrDefault("post", JsonValue.NULL));
  }

  @Test
  void aFixedQuestionIsANewVersionAndRegradingAppliesItToFinishedAttempts() {
    String course = CoursePackages.newId("ralat");
    Api instructor = uploadAndPublish("bengkulu", course);
    Api learner = People.signIn(base, People.create(base, "bengkulu", "LEARNER"));
    learner.post("api/v1/courses/" + course + "/enrolment", "{}");
    JsonObject attempt = Tests.start(learner, Tests.quizId(learner, course, "PRE_TEST"));
    long id = attempt.getJsonNumber("id").longValue();
    String tiga =
        attempt
            .getJsonArray("questions")
            .getJsonObject(0)
            .getJsonArray("options")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(o -> o.getString("text").equals("tiga"))
            .map(Tests::choices)
            .findFirst()
            .orElseThrow();
    Tests.answer(learner, id, 1, 1, tiga);
    assertEquals(
        0.0,
        Tests.submit(learner, id).getJsonObject("result").getJsonNumber("percent").doubleValue(),
        1e-9);

    long question = firstQuestionId(instructor, course);
    String fixed =
        "{\"content\":{\"type\":\"SINGLE_CHOICE\",\"name\":\"K01\","
            + "\"text\":\"Satu tambah dua?\",\"choices\":["
            + "{\"id\":\"a\",\"text\":\"dua\",\"fraction\":0},"
            + "{\"id\":\"b\",\"text\":\"tiga\",\"fraction\":1}]}}";
    Api.Reply revised = instructor.put("api/v1/questions/" + question, fixed);
    assertEquals(200, revised.status(), revised::toString);
    assertEquals(2, revised.json().getInt("version"));
    Api.admin(base).get("api/v1/attempts/" + id).problem(404);
    assertEquals(
        0.0,
        learner
            .get("api/v1/attempts/" + id)
            .json()
            .getJsonObject("result")
            .getJsonNumber("percent")
            .doubleValue(),
        1e-9,
        "editing a question never changes a finished attempt by itself");

    Api.Reply regraded = instructor.post("api/v1/questions/" + question + "/regrade", "");
    assertEquals(1, regraded.json().getInt("attempts"), regraded::toString);
    assertEquals(
        100.0,
        learner
            .get("api/v1/attempts/" + id)
            .json()
            .getJsonObject("result")
            .getJsonNumber("percent")
            .doubleValue(),
        1e-9);
    People.signIn(base, People.create(base, "kupang", "INSTRUCTOR"))
        .post("api/v1/questions/" + question + "/regrade", "")
        .problem(404);
  }

  private Api uploadAndPublish(String region, String course) {
    Api instructor = CoursePackages.uploadedByNewInstructor(base, region, course);
    instructor.patch("api/v1/courses/" + course, "{\"published\":true}");
    return instructor;
  }

  private static int bankSize(Api instructor, String course) {
    return instructor.get("api/v1/courses/" + course + "/questions").json().getInt("totalItems");
  }

  private static long firstQuestionId(Api instructor, String course) {
    return instructor
        .get("api/v1/courses/" + course + "/questions")
        .json()
        .getJsonArray("items")
        .getJsonObject(0)
        .getJsonNumber("id")
        .longValue();
  }

  private static long createQuiz(Api instructor, String course, String settings, long question) {
    Api.Reply created = instructor.post("api/v1/courses/" + course + "/quizzes", settings);
    assertEquals(201, created.status(), created::toString);
    long quiz = created.json().getJsonNumber("id").longValue();
    Api.Reply used =
        instructor.put(
            "api/v1/quizzes/" + quiz + "/questions", "{\"questionIds\":[" + question + "]}");
    assertEquals(200, used.status(), used::toString);
    return quiz;
  }
}
