package org.latih.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

/** Taking a course's pre-test or post-test through the API, as a learner's browser would. */
final class Tests {

  private Tests() {}

  static long quizId(Api learner, String course, String kind) {
    JsonArray quizzes =
        (JsonArray) learner.get("api/v1/courses/" + course + "/quizzes").structure();
    return quizzes.getValuesAs(JsonObject.class).stream()
        .filter(q -> q.getString("kind").equals(kind))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " in " + quizzes))
        .getJsonNumber("id")
        .longValue();
  }

  static JsonObject start(Api learner, long quizId) {
    Api.Reply started = learner.post("api/v1/quizzes/" + quizId + "/attempts", "");
    assertEquals(200, started.status(), started::toString);
    return started.json();
  }

  /** Answers every choice question with its first option, then submits; returns the result. */
  static JsonObject takeWithFirstOptions(Api learner, String course, String kind) {
    JsonObject attempt = start(learner, quizId(learner, course, kind));
    long id = attempt.getJsonNumber("id").longValue();
    for (JsonObject q : attempt.getJsonArray("questions").getValuesAs(JsonObject.class)) {
      JsonArray options = q.getJsonArray("options");
      if (!options.isEmpty()) {
        answer(learner, id, q.getInt("position"), 1, choices(options.getJsonObject(0)));
      }
    }
    return submit(learner, id);
  }

  static String choices(JsonObject option) {
    return "{\"choices\":[\"" + option.getString("id") + "\"]}";
  }

  static Api.Reply answer(Api learner, long attempt, int position, long sequence, String response) {
    return learner.put(
        "api/v1/attempts/" + attempt + "/answers/" + position,
        "{\"sequence\":" + sequence + ",\"response\":" + response + "}");
  }

  static JsonObject submit(Api learner, long attempt) {
    Api.Reply submitted = learner.post("api/v1/attempts/" + attempt + "/submit", "");
    assertEquals(200, submitted.status(), submitted::toString);
    return submitted.json();
  }
}
