package org.latih.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a learner receives from every attempt endpoint, read as a learner who wants the key would:
 * option ids that name nothing of the author's, no order to recover, and no right answer, fraction
 * or feedback before the quiz's review rules allow it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AttemptIntegrityIT {

  /** The right option is first in the file, as authors tend to write it. */
  static final String PRE_TEST =
      """
      ::P1:: Ibu kota Nusa Tenggara Timur? {=Kupang#Tepat. ~Ende#Bukan. ~Maumere ~Atambua}

      ::P2:: Pilih provinsi di Nusa Tenggara. {~%50%NTT ~%50%NTB ~%-100%Sumatera Barat}

      ::P3:: Pasangkan provinsi dan ibu kotanya. {=NTT -> Kupang =NTB -> Mataram =Sumatera Barat -> Padang = -> Ende}
      """;

  static final String POST_TEST =
      """
      ::Q1:: Ibu kota Sumatera Barat? {=Padang#Tepat, Padang. ~Solok#Bukan, Solok kota lain. ~Bukittinggi ~Payakumbuh}

      ::Q2:: Pilih kota di Sumatera Barat. {~%50%Padang ~%50%Solok ~%-100%Kupang}

      ::Q3:: Pasangkan kota dan provinsinya. {=Padang -> Sumatera Barat =Kupang -> NTT =Mataram -> NTB}
      """;

  /** The right answers by question text: option texts, or for matching prompt to answer. */
  private static final Map<String, List<String>> RIGHT =
      Map.of(
          "Ibu kota Nusa Tenggara Timur?", List.of("Kupang"),
          "Pilih provinsi di Nusa Tenggara.", List.of("NTT", "NTB"),
          "Ibu kota Sumatera Barat?", List.of("Padang"),
          "Pilih kota di Sumatera Barat.", List.of("Padang", "Solok"));

  private static final Set<String> AUTHOR_IDS = Set.of("a", "b", "c", "d", "e", "0", "1", "2");

  @ArquillianResource URL base;

  /** A published course whose pre-test and post-test are the files above. */
  static String course(URL base, String prefix) {
    String course = CoursePackages.newId(prefix);
    Api instructor = People.signIn(base, People.create(base, "kupang", "INSTRUCTOR"));
    Api.Reply uploaded =
        instructor.postBytes(
            "api/v1/course-packages",
            "application/zip",
            CoursePackages.valid(course, "1.0.0")
                .text(
                    "manifest.json",
                    CoursePackages.manifest(course, "1.0.0", "\"lessons/03-tiga.md\"")
                        .replace(
                            "\"preTest\": \"questions/pre-test.gift\"",
                            "\"preTest\": \"questions/pre-test.gift\","
                                + " \"postTest\": \"questions/post-test.gift\""))
                .text("questions/pre-test.gift", PRE_TEST)
                .text("questions/post-test.gift", POST_TEST)
                .zip());
    assertEquals(200, uploaded.status(), uploaded::toString);
    instructor.patch("api/v1/courses/" + course, "{\"published\":true}");
    return course;
  }

  /** Enrols, submits the pre-test blank and finishes every lesson; returns the pre-test attempt. */
  static long readyForThePostTest(Api learner, String course) {
    assertEquals(201, learner.post("api/v1/courses/" + course + "/enrolment", "{}").status());
    JsonObject pre = Tests.start(learner, Tests.quizId(learner, course, "PRE_TEST"));
    long id = pre.getJsonNumber("id").longValue();
    Tests.submit(learner, id);
    finishLessons(learner, course);
    return id;
  }

  private static void finishLessons(Api learner, String course) {
    for (JsonObject module :
        learner
            .get("api/v1/courses/" + course)
            .json()
            .getJsonArray("modules")
            .getValuesAs(JsonObject.class)) {
      for (JsonObject lesson : module.getJsonArray("lessons").getValuesAs(JsonObject.class)) {
        String key = lesson.getString("key");
        learner.get("api/v1/courses/" + course + "/lessons/" + key);
        learner.post("api/v1/courses/" + course + "/lessons/" + key + "/completion", "");
      }
    }
  }

  @Test
  void everyAttemptEndpointHidesTheKeyUntilThePostTestsLastAttempt() {
    String course = course(base, "kunci");
    Api learner = People.signIn(base, People.create(base, "kupang", "LEARNER"));
    assertEquals(201, learner.post("api/v1/courses/" + course + "/enrolment", "{}").status());

    // the pre-test: tokens, no key, and a score that is never "passed"
    Api.Reply started =
        learner.post(
            "api/v1/quizzes/" + Tests.quizId(learner, course, "PRE_TEST") + "/attempts", "");
    assertEquals(200, started.status(), started::toString);
    JsonObject pre = started.json();
    long preId = pre.getJsonNumber("id").longValue();
    assertNoKey(started.body());
    assertOptionsAreTokens(pre);
    Api.Reply read = learner.get("api/v1/attempts/" + preId);
    assertNoKey(read.body());
    assertEquals(ids(pre), ids(read.json()), "the same tokens when the attempt is read again");
    for (JsonObject q : pre.getJsonArray("questions").getValuesAs(JsonObject.class)) {
      Api.Reply saved = Tests.answer(learner, preId, q.getInt("position"), 1, right(q));
      assertEquals(200, saved.status(), saved::toString);
      assertNoKey(saved.body());
    }
    JsonObject matching = question(pre, "Pasangkan provinsi dan ibu kotanya.");
    assertTrue(
        matching.getJsonArray("answers").getValuesAs(JsonObject.class).stream()
            .anyMatch(a -> a.getString("text").equals("Ende")),
        "the distractor is offered, so the last prompt cannot be matched by elimination");
    JsonObject first = question(pre, "Ibu kota Nusa Tenggara Timur?");
    Tests.answer(learner, preId, first.getInt("position"), 2, "{\"choices\":[\"a\"]}")
        .problem(422, "unknown-option");
    JsonObject reread = learner.get("api/v1/attempts/" + preId).json();
    assertEquals(
        1,
        question(reread, "Ibu kota Nusa Tenggara Timur?").getInt("sequence"),
        "nothing of the refused save was stored");
    Api.Reply preSubmitted = learner.post("api/v1/attempts/" + preId + "/submit", "");
    assertEquals(200, preSubmitted.status(), preSubmitted::toString);
    assertNoKey(preSubmitted.body());
    JsonObject preResult = preSubmitted.json().getJsonObject("result");
    assertEquals(100.0, preResult.getJsonNumber("percent").doubleValue(), 1e-9, "tokens grade");
    assertTrue(isNull(preResult, "passed"), "a pre-test is never passed or failed");
    assertFalse(preResult.getBoolean("reviewAvailable"));
    assertNoKey(learner.get("api/v1/attempts/" + preId).body());

    finishLessons(learner, course);

    // the post-test: two failed attempts show the score and when the review opens, nothing more
    long post = Tests.quizId(learner, course, "POST_TEST");
    List<JsonObject> attempts = new ArrayList<>();
    for (int n = 1; n <= 2; n++) {
      JsonObject attempt = Tests.start(learner, post);
      assertOptionsAreTokens(attempt);
      attempts.add(attempt);
      long id = attempt.getJsonNumber("id").longValue();
      for (JsonObject q : attempt.getJsonArray("questions").getValuesAs(JsonObject.class)) {
        assertEquals(200, Tests.answer(learner, id, q.getInt("position"), 1, wrong(q)).status());
      }
      Api.Reply submitted = learner.post("api/v1/attempts/" + id + "/submit", "");
      assertEquals(200, submitted.status(), submitted::toString);
      assertNoKey(submitted.body());
      JsonObject result = submitted.json().getJsonObject("result");
      assertEquals(0.0, result.getJsonNumber("percent").doubleValue(), 1e-9);
      assertFalse(result.getBoolean("passed"));
      assertEquals("LAST_ATTEMPT", result.getString("reviewOpens"));
      assertNoKey(learner.get("api/v1/attempts/" + id).body());
    }
    Set<String> firstTokens = new HashSet<>(ids(attempts.get(0)));
    firstTokens.retainAll(ids(attempts.get(1)));
    assertTrue(firstTokens.isEmpty(), "two attempts of the same questions share no token");

    // the last attempt, answered right through its own tokens: the review opens, with the key
    JsonObject last = Tests.start(learner, post);
    long lastId = last.getJsonNumber("id").longValue();
    assertNoKey(learner.get("api/v1/attempts/" + attempts.get(0).getJsonNumber("id")).body());
    for (JsonObject q : last.getJsonArray("questions").getValuesAs(JsonObject.class)) {
      assertEquals(200, Tests.answer(learner, lastId, q.getInt("position"), 1, right(q)).status());
    }
    JsonObject result = Tests.submit(learner, lastId).getJsonObject("result");
    assertEquals(100.0, result.getJsonNumber("percent").doubleValue(), 1e-9);
    assertTrue(result.getBoolean("passed"));
    assertTrue(result.getBoolean("reviewAvailable"));
    assertTrue(isNull(result, "reviewOpens"));
    for (JsonObject item : result.getJsonArray("review").getValuesAs(JsonObject.class)) {
      JsonObject q = question(last, item.getString("text"));
      if (RIGHT.containsKey(item.getString("text"))) {
        List<String> right =
            item
                .getJsonObject("right")
                .getJsonArray("choices")
                .getValuesAs(JsonValue.class)
                .stream()
                .map(v -> ((jakarta.json.JsonString) v).getString())
                .toList();
        assertEquals(
            RIGHT.get(item.getString("text")).stream().map(t -> idOf(q, "options", t)).toList(),
            right,
            "the key names this attempt's tokens");
      }
    }
    assertTrue(
        learner
            .get("api/v1/attempts/" + attempts.get(0).getJsonNumber("id"))
            .body()
            .contains("\"right\""),
        "with no attempt left, earlier attempts' reviews open too");
  }

  @Test
  void aPassedPostTestOffersNoFurtherAttemptWhoseAnswersCouldBeCopiedFromTheReview() {
    String course = course(base, "lulus");
    Api learner = People.signIn(base, People.create(base, "kupang", "LEARNER"));
    readyForThePostTest(learner, course);
    long post = Tests.quizId(learner, course, "POST_TEST");
    JsonObject attempt = Tests.start(learner, post);
    long id = attempt.getJsonNumber("id").longValue();
    for (JsonObject q : attempt.getJsonArray("questions").getValuesAs(JsonObject.class)) {
      assertEquals(200, Tests.answer(learner, id, q.getInt("position"), 1, right(q)).status());
    }
    JsonObject result = Tests.submit(learner, id).getJsonObject("result");
    assertTrue(result.getBoolean("passed"), result::toString);
    assertTrue(result.getBoolean("reviewAvailable"), "passed: no attempt left, the review opens");

    String detail =
        learner.post("api/v1/quizzes/" + post + "/attempts", "").problem(409, "post-test-passed");
    assertTrue(detail.contains("lulus"), detail);
  }

  @Test
  void aRandomDrawNeverPicksADescriptionInAQuestionsPlace() {
    String course = CoursePackages.newId("acak");
    Api instructor = CoursePackages.uploadedByNewInstructor(base, "kupang", course);
    Api.Reply imported =
        instructor.postBytes(
            "api/v1/courses/" + course + "/questions/import",
            "text/plain",
            """
            $CATEGORY: acak

            ::Bacaan 1:: Bacalah kasus berikut sebelum menjawab.

            ::Soal 1:: Ibu kota NTT? {=Kupang ~Ende}

            ::Bacaan 2:: Teks pengantar kedua.

            ::Soal 2:: Ibu kota NTB? {=Mataram ~Bima}

            ::Bacaan 3:: Teks pengantar ketiga.
            """
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(200, imported.status(), imported::toString);
    assertEquals(5, imported.json().getInt("created"), imported::toString);
    Api.Reply created =
        instructor.post(
            "api/v1/courses/" + course + "/quizzes",
            "{\"kind\":\"QUIZ\",\"title\":\"Kuis Acak\",\"randomCategory\":\"acak\","
                + "\"randomCount\":2}");
    assertEquals(201, created.status(), created::toString);
    long quiz = created.json().getJsonNumber("id").longValue();

    // drawing 2 of 5 blindly gives both questions one time in ten; four draws in a row by chance
    // would be one in ten thousand
    for (int n = 1; n <= 4; n++) {
      JsonObject attempt = Tests.start(instructor, quiz);
      assertEquals(
          Set.of("SINGLE_CHOICE"),
          attempt.getJsonArray("questions").getValuesAs(JsonObject.class).stream()
              .map(q -> q.getString("type"))
              .collect(java.util.stream.Collectors.toSet()),
          attempt::toString);
      Tests.submit(instructor, attempt.getJsonNumber("id").longValue());
    }

    Api.Reply more =
        instructor.patch(
            "api/v1/quizzes/" + quiz,
            "{\"title\":\"Kuis Acak\",\"randomCategory\":\"acak\",\"randomCount\":3}");
    assertEquals(200, more.status(), more::toString);
    String detail =
        instructor
            .post("api/v1/quizzes/" + quiz + "/attempts", "")
            .problem(409, "question-pool-too-small");
    assertTrue(detail.contains("hanya memiliki 2 soal"), detail);
  }

  @Test
  void anAdminSetsAQuizsReviewRulesByNameOrMomentByMoment() {
    String course = course(base, "aturan");
    Api admin = Api.admin(base);
    long post = Tests.quizId(admin, course, "POST_TEST");
    JsonObject settings = admin.get("api/v1/quizzes/" + post).json().getJsonObject("settings");
    assertEquals("LAST_ATTEMPT", settings.getString("review"), "the post-test's default");
    assertFalse(
        settings.getJsonObject("reviewRules").getJsonObject("later").getBoolean("rightAnswers"));
    assertEquals(
        "SCORE_ONLY",
        admin
            .get("api/v1/quizzes/" + Tests.quizId(admin, course, "PRE_TEST"))
            .json()
            .getJsonObject("settings")
            .getString("review"));

    String custom =
        "{\"immediately\":{\"marks\":true,\"answers\":true},\"later\":{\"marks\":true},"
            + "\"afterLastAttempt\":{\"marks\":true,\"rightAnswers\":true},"
            + "\"afterClose\":{\"marks\":true,\"answers\":true,\"rightAnswers\":true,"
            + "\"feedback\":true}}";
    Api.Reply changed =
        admin.patch(
            "api/v1/quizzes/" + post,
            "{\"title\":\"Post-test\",\"attemptsAllowed\":3,\"passPercent\":70,"
                + "\"requiredForCompletion\":true,\"reviewRules\":"
                + custom
                + "}");
    assertEquals(200, changed.status(), changed::toString);
    settings = admin.get("api/v1/quizzes/" + post).json().getJsonObject("settings");
    assertEquals("CUSTOM", settings.getString("review"));
    JsonObject rules = settings.getJsonObject("reviewRules");
    assertTrue(rules.getJsonObject("immediately").getBoolean("answers"));
    assertFalse(rules.getJsonObject("immediately").getBoolean("rightAnswers"));
    assertTrue(rules.getJsonObject("afterLastAttempt").getBoolean("rightAnswers"));

    Api.Reply named =
        admin.patch(
            "api/v1/quizzes/" + post,
            "{\"title\":\"Post-test\",\"attemptsAllowed\":3,\"review\":\"AFTER_CLOSE\"}");
    assertEquals(200, named.status(), named::toString);
    rules = admin.get("api/v1/quizzes/" + post).json().getJsonObject("settings");
    assertEquals("AFTER_CLOSE", rules.getString("review"));
    assertFalse(
        rules.getJsonObject("reviewRules").getJsonObject("afterLastAttempt").getBoolean("answers"));
    admin
        .patch(
            "api/v1/quizzes/" + post,
            "{\"title\":\"Post-test\",\"reviewRules\":{\"later\":{\"marks\":true}}}")
        .problem(400);
  }

  @Test
  void aSaveWithTheSameSequenceAndAnotherAnswerConflictsAndIsNotCalledOlder() {
    String course = course(base, "bentrok");
    Api learner = People.signIn(base, People.create(base, "kupang", "LEARNER"));
    learner.post("api/v1/courses/" + course + "/enrolment", "{}");
    JsonObject attempt = Tests.start(learner, Tests.quizId(learner, course, "PRE_TEST"));
    long id = attempt.getJsonNumber("id").longValue();
    JsonObject q = question(attempt, "Ibu kota Nusa Tenggara Timur?");
    int position = q.getInt("position");
    assertEquals(200, Tests.answer(learner, id, position, 4, right(q)).status());

    Api.Reply conflict = Tests.answer(learner, id, position, 4, wrong(q));
    String detail = conflict.problem(409, "answer-stale");
    assertEquals(4, conflict.json().getInt("savedSequence"));
    assertTrue(detail.contains("bertentangan"), detail);
    assertFalse(detail.contains("lebih lama"), detail);
    String older = Tests.answer(learner, id, position, 3, wrong(q)).problem(409, "answer-stale");
    assertTrue(older.contains("lebih lama"), older);
  }

  @Test
  void aRefusedLateSaveLeavesTheAttemptSubmitted() throws Exception {
    String course = course(base, "telat");
    Api admin = Api.admin(base);
    Api learner = People.signIn(base, People.create(base, "kupang", "LEARNER"));
    learner.post("api/v1/courses/" + course + "/enrolment", "{}");
    long question =
        admin
            .get("api/v1/courses/" + course + "/questions?size=100")
            .json()
            .getJsonArray("items")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    Instant closes = Instant.now().plusSeconds(6);
    Api.Reply created =
        admin.post(
            "api/v1/courses/" + course + "/quizzes",
            "{\"kind\":\"QUIZ\",\"title\":\"Kuis Telat\",\"closesAt\":\"" + closes + "\"}");
    assertEquals(201, created.status(), created::toString);
    long quiz = created.json().getJsonNumber("id").longValue();
    admin.put("api/v1/quizzes/" + quiz + "/questions", "{\"questionIds\":[" + question + "]}");
    JsonObject attempt = Tests.start(learner, quiz);
    long id = attempt.getJsonNumber("id").longValue();
    JsonObject q = attempt.getJsonArray("questions").getJsonObject(0);
    String answer =
        q.getJsonArray("options").isEmpty()
            ? "{\"text\":\"x\"}"
            : Tests.choices(q.getJsonArray("options").getJsonObject(0));

    // save until the deadline refuses: that save is the first request to find it overdue
    long[] sequence = {0};
    Api.Reply refused =
        Waits.until(
            () -> Tests.answer(learner, id, 1, ++sequence[0], answer),
            reply -> reply.status() != 200,
            Duration.between(Instant.now(), closes).plusSeconds(30));
    String detail = refused.problem(409, "attempt-closed");
    assertTrue(detail.contains("otomatis"), detail);

    // read as staff, which does not close attempts: it is submitted in the database already
    JsonObject results = admin.get("api/v1/quizzes/" + quiz + "/results").json();
    assertEquals(1, results.getInt("totalItems"), results::toString);
  }

  private static boolean isNull(JsonObject o, String key) {
    return !o.containsKey(key) || o.isNull(key);
  }

  /** The learner's JSON carries no fraction, feedback or key anywhere in it. */
  static void assertNoKey(String json) {
    JsonValue value = jakarta.json.Json.createReader(new java.io.StringReader(json)).readValue();
    walk(value, json);
  }

  private static void walk(JsonValue value, String whole) {
    if (value instanceof JsonObject o) {
      for (var e : o.entrySet()) {
        if (List.of("fraction", "feedback", "generalFeedback", "right", "graderComment")
            .contains(e.getKey())) {
          assertEquals(
              JsonValue.NULL,
              e.getValue(),
              "the learner's JSON holds " + e.getKey() + ": " + whole);
        }
        walk(e.getValue(), whole);
      }
    } else if (value instanceof JsonArray a) {
      a.forEach(v -> walk(v, whole));
    }
  }

  /**
   * Every option and matching answer is named by a token: never an author's id, unique, and not the
   * texts in the file's order.
   */
  private static void assertOptionsAreTokens(JsonObject attempt) {
    for (JsonObject q : attempt.getJsonArray("questions").getValuesAs(JsonObject.class)) {
      List<String> ids = new ArrayList<>();
      for (String list : List.of("options", "answers")) {
        for (JsonObject o : q.getJsonArray(list).getValuesAs(JsonObject.class)) {
          ids.add(o.getString("id"));
          assertFalse(AUTHOR_IDS.contains(o.getString("id")), "an author's id: " + q);
          assertNotEquals(o.getString("text"), o.getString("id"), "a text for an id: " + q);
          assertTrue(o.getString("id").length() >= 6, "a token: " + q);
        }
      }
      assertEquals(ids.size(), new HashSet<>(ids).size(), "tokens are unique: " + q);
    }
  }

  private static List<String> ids(JsonObject attempt) {
    List<String> ids = new ArrayList<>();
    for (JsonObject q : attempt.getJsonArray("questions").getValuesAs(JsonObject.class)) {
      for (String list : List.of("options", "answers")) {
        q.getJsonArray(list).getValuesAs(JsonObject.class).forEach(o -> ids.add(o.getString("id")));
      }
    }
    return ids;
  }

  static JsonObject question(JsonObject attempt, String text) {
    return attempt.getJsonArray("questions").getValuesAs(JsonObject.class).stream()
        .filter(q -> q.getString("text").equals(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no question '" + text + "' in " + attempt));
  }

  static String idOf(JsonObject q, String list, String text) {
    return AssessmentIT.idOf(q.getJsonArray(list), text);
  }

  /** The right response to one of the questions above, through the attempt's tokens. */
  static String right(JsonObject q) {
    if (q.getString("type").equals("MATCHING")) {
      return matches(q, true);
    }
    return choices(q, RIGHT.get(q.getString("text")));
  }

  /** A response that scores nothing. */
  static String wrong(JsonObject q) {
    if (q.getString("type").equals("MATCHING")) {
      return matches(q, false);
    }
    List<String> right = RIGHT.get(q.getString("text"));
    String wrong =
        q.getJsonArray("options").getValuesAs(JsonObject.class).stream()
            .map(o -> o.getString("text"))
            .filter(t -> !right.contains(t))
            .findFirst()
            .orElseThrow();
    return choices(q, List.of(wrong));
  }

  private static String choices(JsonObject q, List<String> texts) {
    return "{\"choices\":["
        + String.join(",", texts.stream().map(t -> "\"" + idOf(q, "options", t) + "\"").toList())
        + "]}";
  }

  /** Every prompt matched right, or every prompt matched to another prompt's answer. */
  private static String matches(JsonObject q, boolean right) {
    Map<String, String> pairs = new HashMap<>();
    pairs.put("NTT", "Kupang");
    pairs.put("NTB", "Mataram");
    pairs.put("Sumatera Barat", "Padang");
    pairs.put("Padang", "Sumatera Barat");
    pairs.put("Kupang", "NTT");
    pairs.put("Mataram", "NTB");
    List<String> prompts =
        q.getJsonArray("prompts").getValuesAs(jakarta.json.JsonString.class).stream()
            .map(jakarta.json.JsonString::getString)
            .toList();
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < prompts.size(); i++) {
      String answer = pairs.get(prompts.get(right ? i : (i + 1) % prompts.size()));
      parts.add("\"" + i + "\":\"" + idOf(q, "answers", answer) + "\"");
    }
    return "{\"matches\":{" + String.join(",", parts) + "}}";
  }
}
