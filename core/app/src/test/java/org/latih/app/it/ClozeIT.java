package org.latih.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A cloze (embedded answers) question from a Moodle XML file, taken as a learner (issue #15): the
 * learner's JSON holds the text with its gap markers and per-gap inputs but no key, choice gaps are
 * answered by the attempt's own tokens, and the gaps are graded each by its weight.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClozeIT {

  private static final String FIXTURE = "/org/latih/testing/fixtures/bank-moodle-cloze.xml";

  @ArquillianResource URL base;

  private static byte[] fixture() {
    try (InputStream in = ClozeIT.class.getResourceAsStream(FIXTURE)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static String optionId(JsonObject gap, String text) {
    return gap.getJsonArray("options").getValuesAs(JsonObject.class).stream()
        .filter(o -> o.getString("text").equals(text))
        .map(o -> o.getString("id"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no option " + text + " in " + gap));
  }

  private static String answers(
      String city, String pi, String ntt, String sumbar, String provinces) {
    return "{\"matches\":{\"1\":\""
        + city
        + "\",\"2\":\""
        + pi
        + "\",\"3\":\""
        + ntt
        + "\",\"4\":\""
        + sumbar
        + "\",\"5\":\""
        + provinces
        + "\"}}";
  }

  /** A published course with a quiz (reviewed after submit) of the fixture's cloze question. */
  record ClozeQuiz(String course, long quiz, Api instructor) {}

  static ClozeQuiz clozeQuiz(URL base, String region) {
    String course = CoursePackages.newId("rumpang");
    Api instructor = CoursePackages.uploadedByNewInstructor(base, region, course);
    instructor.patch("api/v1/courses/" + course, "{\"published\":true}");
    Api.Reply imported =
        instructor.postBytes(
            "api/v1/courses/" + course + "/questions/import?format=xml&file=rumpang.xml",
            "application/xml",
            fixture());
    assertEquals(200, imported.status(), imported::toString);
    assertEquals(2, imported.json().getInt("created"), imported::toString);

    JsonObject bankQuestion =
        instructor
            .get(
                "api/v1/courses/"
                    + course
                    + "/questions?size=100&category=Wawasan%20Kebangsaan%2FRumpang")
            .json()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(q -> q.getJsonObject("content").getString("type").equals("CLOZE"))
            .findFirst()
            .orElseThrow();
    assertEquals(5, bankQuestion.getJsonObject("content").getJsonArray("gaps").size());
    long question = bankQuestion.getJsonNumber("id").longValue();

    Api.Reply created =
        instructor.post(
            "api/v1/courses/" + course + "/quizzes",
            "{\"kind\":\"QUIZ\",\"title\":\"Kuis Rumpang\",\"attemptsAllowed\":1,"
                + "\"review\":\"AFTER_SUBMIT\"}");
    assertEquals(201, created.status(), created::toString);
    long quiz = created.json().getJsonNumber("id").longValue();
    Api.Reply used =
        instructor.put(
            "api/v1/quizzes/" + quiz + "/questions", "{\"questionIds\":[" + question + "]}");
    assertEquals(200, used.status(), used::toString);

    return new ClozeQuiz(course, quiz, instructor);
  }

  /** Starts the quiz as a new learner of the course; returns the attempt as the learner sees it. */
  static Api.Reply start(ClozeQuiz q, Api learner) {
    assertEquals(201, learner.post("api/v1/courses/" + q.course() + "/enrolment", "{}").status());
    Api.Reply started = learner.post("api/v1/quizzes/" + q.quiz() + "/attempts", "");
    assertEquals(200, started.status(), started::toString);
    return started;
  }

  @Test
  void aClozeQuestionIsImportedTakenWithoutItsKeyAndGradedGapByGap() {
    ClozeQuiz cloze = clozeQuiz(base, "kupang");
    Api instructor = cloze.instructor();
    long quiz = cloze.quiz();
    String course = cloze.course();
    Api learner = People.signIn(base, People.create(base, "kupang", "LEARNER"));
    Api.Reply started = start(cloze, learner);
    AttemptIntegrityIT.assertNoKey(started.body());
    JsonObject attempt = started.json();
    // every field but the times, which may read "…:13.146Z"
    String shown =
        Json.createObjectBuilder(attempt)
            .remove("startedAt")
            .remove("serverNow")
            .remove("deadline")
            .build()
            .toString();
    for (String key : List.of("Jakarta", "Batavia", "3.14", "Benar", "Tepat", "Nama lama")) {
      assertFalse(shown.contains(key), key + " in " + shown);
    }
    long id = attempt.getJsonNumber("id").longValue();
    JsonObject q = attempt.getJsonArray("questions").getJsonObject(0);
    assertEquals("CLOZE", q.getString("type"));
    String text = q.getString("text");
    for (int n = 1; n <= 5; n++) {
      assertTrue(text.contains("{#" + n + "}"), text);
    }
    List<JsonObject> gaps = q.getJsonArray("gaps").getValuesAs(JsonObject.class);
    assertEquals(
        List.of(
            "SHORT_ANSWER", "NUMERIC", "MULTIPLE_CHOICE", "MULTIPLE_CHOICE", "MULTIPLE_RESPONSE"),
        gaps.stream().map(g -> g.getString("kind")).toList());
    assertEquals("VERTICAL", gaps.get(3).getString("layout"));
    for (JsonObject gap : gaps.subList(2, 5)) {
      for (JsonObject o : gap.getJsonArray("options").getValuesAs(JsonObject.class)) {
        String token = o.getString("id");
        assertFalse(Set.of("a", "b", "c", "d").contains(token), "an author's id: " + gap);
        assertTrue(token.length() >= 6, "a token: " + gap);
      }
    }
    String ende = optionId(gaps.get(2), "Ende");
    String padang = optionId(gaps.get(3), "Padang");
    // NTT is half right, Sumatera Barat takes it back: the gap scores 0
    String picks = optionId(gaps.get(4), "NTT") + "," + optionId(gaps.get(4), "Sumatera Barat");

    // a token of another gap, or an author's id, is no answer to a choice gap
    Tests.answer(learner, id, 1, 1, answers("Batavia", "3,14", padang, padang, picks))
        .problem(422, "unknown-option");
    Tests.answer(learner, id, 1, 1, answers("Batavia", "3,14", "b", padang, picks))
        .problem(422, "unknown-option");
    Api.Reply saved =
        Tests.answer(learner, id, 1, 1, answers("Batavia", "3,14", ende, padang, picks));
    assertEquals(200, saved.status(), saved::toString);
    AttemptIntegrityIT.assertNoKey(saved.body());
    Api.Reply reread = learner.get("api/v1/attempts/" + id);
    AttemptIntegrityIT.assertNoKey(reread.body());
    JsonObject response =
        reread.json().getJsonArray("questions").getJsonObject(0).getJsonObject("response");
    assertEquals(ende, response.getJsonObject("matches").getString("3"), "read back as tokens");

    // Batavia half of weight 2, pi right (1), Ende wrong (0), Padang right (1), provinces 0: 3 of 6
    JsonObject result = Tests.submit(learner, id).getJsonObject("result");
    assertEquals(50.0, result.getJsonNumber("percent").doubleValue(), 1e-9, result::toString);
    assertEquals(3.0, result.getJsonNumber("points").doubleValue(), 1e-9);
    JsonObject item = result.getJsonArray("review").getJsonObject(0);
    List<JsonObject> reviewed = item.getJsonArray("gaps").getValuesAs(JsonObject.class);
    assertEquals(
        List.of(0.5, 1.0, 0.0, 1.0, 0.0),
        reviewed.stream().map(g -> g.getJsonNumber("fraction").doubleValue()).toList());
    assertEquals("Nama lama Jakarta.", reviewed.get(0).getString("feedback"));
    assertEquals(
        List.of("Jakarta"),
        reviewed
            .get(0)
            .getJsonObject("right")
            .getJsonArray("texts")
            .getValuesAs(jakarta.json.JsonString.class)
            .stream()
            .map(s -> s.getString())
            .toList());
    String kupang = optionId(reviewed.get(2), "Kupang");
    assertEquals(
        kupang, reviewed.get(2).getJsonObject("right").getJsonArray("choices").getString(0));
    assertFalse(Set.of("a", "b", "c", "d").contains(kupang), "the key by the attempt's token");
    assertEquals(
        Set.of(optionId(reviewed.get(4), "NTT"), optionId(reviewed.get(4), "NTB")),
        Set.copyOf(
            reviewed
                .get(4)
                .getJsonObject("right")
                .getJsonArray("choices")
                .getValuesAs(jakarta.json.JsonString.class)
                .stream()
                .map(v -> v.getString())
                .toList()));

    // a second learner, every gap right
    Api second = People.signIn(base, People.create(base, "kupang", "LEARNER"));
    JsonObject other = start(cloze, second).json();
    long otherId = other.getJsonNumber("id").longValue();
    List<JsonObject> otherGaps =
        other
            .getJsonArray("questions")
            .getJsonObject(0)
            .getJsonArray("gaps")
            .getValuesAs(JsonObject.class);
    assertFalse(
        optionId(otherGaps.get(2), "Kupang").equals(kupang), "each attempt has its own tokens");
    Api.Reply allRight =
        Tests.answer(
            second,
            otherId,
            1,
            1,
            answers(
                " jakarta ",
                "3.141",
                optionId(otherGaps.get(2), "Kupang"),
                optionId(otherGaps.get(3), "Padang"),
                optionId(otherGaps.get(4), "NTB") + "," + optionId(otherGaps.get(4), "NTT")));
    assertEquals(200, allRight.status(), allRight::toString);
    JsonObject secondResult = Tests.submit(second, otherId).getJsonObject("result");
    assertEquals(100.0, secondResult.getJsonNumber("percent").doubleValue(), 1e-9);

    // the reports read a cloze question as any other graded one
    assertEquals(200, instructor.get("api/v1/quizzes/" + quiz + "/results").status());
    String csv =
        new String(
            instructor.download("api/v1/quizzes/" + quiz + "/results.csv?lang=id"),
            StandardCharsets.UTF_8);
    assertTrue(csv.contains(";50,00;"), csv);
    Api.Reply analysed = instructor.get("api/v1/quizzes/" + quiz + "/analysis");
    assertEquals(200, analysed.status(), analysed::toString);
    JsonObject analysis = analysed.json();
    assertEquals(2, analysis.getInt("attempts"), analysed::toString);
    assertEquals(
        0.75,
        analysis.getJsonArray("items").getJsonObject(0).getJsonNumber("facility").doubleValue(),
        1e-9);

    // GIFT cannot hold embedded answers: the export says so instead of dropping it silently
    Api.Reply exported = instructor.get("api/v1/courses/" + course + "/questions/export");
    assertEquals(200, exported.status(), exported::toString);
    assertTrue(exported.body().contains("Ibu kota dan angka"), exported::toString);
    assertTrue(exported.body().contains("Bhinneka"), exported::toString);
  }
}
