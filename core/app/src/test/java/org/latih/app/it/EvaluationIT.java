package org.latih.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Kupang plugin as built, on the running server: its admin installs it, a Kupang participant
 * fills in its survey, Kupang's evaluator reads its report and the answers' summary, Solok sees
 * none of it, and the answers stay when the plugin is uninstalled and installed again.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EvaluationIT {

  private static final String PLUGIN = "latih-kupang";

  @ArquillianResource URL base;

  /** A valid answer for every item: the first option, the top of the scale, 3, or a sentence. */
  static String answers(JsonObject form, boolean skipRequired) {
    StringBuilder json = new StringBuilder("{");
    for (JsonObject section : form.getJsonArray("sections").getValuesAs(JsonObject.class)) {
      for (JsonObject item : section.getJsonArray("items").getValuesAs(JsonObject.class)) {
        if (skipRequired && item.getBoolean("required")) {
          continue;
        }
        String value =
            switch (item.getString("kind")) {
              case "LIKERT", "RATING" -> String.valueOf(item.getInt("scaleMax"));
              case "SINGLE_CHOICE", "MULTIPLE_CHOICE" -> item.getJsonArray("options").getString(0);
              case "NUMBER" -> "3";
              default -> "Pelatihan membantu pelayanan di loket.";
            };
        json.append(json.length() > 1 ? "," : "")
            .append('"')
            .append(item.getString("id"))
            .append("\":\"")
            .append(value.replace("\"", "\\\""))
            .append('"');
      }
    }
    return json.append('}').toString();
  }

  private static JsonObject survey(Api who) {
    JsonArray forms = (JsonArray) who.get("api/v1/evaluation/forms").structure();
    return forms.getValuesAs(JsonObject.class).stream()
        .filter(f -> f.getString("pluginId").equals(PLUGIN))
        .map(f -> f.getJsonObject("form"))
        .filter(f -> f.getString("audience").equals("PARTICIPANT"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no participant form of " + PLUGIN + ": " + forms));
  }

  @Test
  void aParticipantFillsInTheKupangSurveyAndKupangsEvaluatorReadsTheReport() throws Exception {
    byte[] jar =
        Files.readAllBytes(Path.of("../../plugins/kupang/target/latih-plugin-kupang-1.0.0.jar"));
    Api admin = People.signIn(base, People.create(base, "kupang", "REGIONAL_ADMIN"));
    assertEquals(201, admin.postBytes("api/v1/plugins", "application/java-archive", jar).status());
    try {
      Api learner = People.signIn(base, People.create(base, "kupang", "LEARNER"));
      JsonObject form = survey(learner);
      String formId = form.getString("id");
      // asked at course end: of those who completed a course
      String course = ActionPlansIT.completedCourse(base, learner);
      String request =
          "{\"pluginId\":\""
              + PLUGIN
              + "\",\"formId\":\""
              + formId
              + "\",\"course\":\""
              + course
              + "\",\"answers\":";

      // other tests may have answered Kupang's survey in this region before: count from here
      Api evaluator = People.signIn(base, People.create(base, "kupang", "EVALUATOR"));
      String summaryPath = "api/v1/evaluation/forms/" + PLUGIN + "/" + formId + "/summary";
      int before = evaluator.get(summaryPath).json().getInt("responses");

      String missing =
          learner
              .post("api/v1/evaluation/responses", request + answers(form, true) + "}")
              .problem(400);
      assertFalse(missing.isBlank());
      learner.post("api/v1/evaluation/responses", request + "{\"tidak-ada\":\"x\"}}").problem(400);
      assertEquals(
          201,
          learner
              .post("api/v1/evaluation/responses", request + answers(form, false) + "}")
              .status());
      learner
          .post("api/v1/evaluation/responses", request + answers(form, false) + "}")
          .problem(409, "already-answered");

      JsonObject summary = evaluator.get(summaryPath).json();
      assertEquals(before + 1, summary.getInt("responses"));
      for (JsonObject aspect : summary.getJsonArray("aspects").getValuesAs(JsonObject.class)) {
        assertTrue(aspect.getInt("answers") >= aspect.getInt("items"), aspect::toString);
      }
      JsonArray reports = (JsonArray) evaluator.get("api/v1/evaluation/reports").structure();
      JsonObject entry =
          reports.getValuesAs(JsonObject.class).stream()
              .filter(r -> r.getString("pluginId").equals(PLUGIN))
              .findFirst()
              .orElseThrow();
      String reportId = entry.getJsonObject("report").getString("id");
      Api.Reply report = evaluator.get("api/v1/evaluation/reports/" + PLUGIN + "/" + reportId);
      assertEquals(200, report.status(), report::toString);
      assertFalse(report.json().getString("title").isBlank());
      learner.get("api/v1/evaluation/reports").problem(403);

      Api solok = People.signIn(base, People.create(base, "solok", "EVALUATOR"));
      assertTrue(
          ((JsonArray) solok.get("api/v1/evaluation/reports").structure())
              .getValuesAs(JsonObject.class).stream()
                  .noneMatch(r -> r.getString("pluginId").equals(PLUGIN)),
          "Solok sees none of Kupang's reports");
      solok.get("api/v1/evaluation/reports/" + PLUGIN + "/" + reportId).problem(404);
      assertTrue(
          ((JsonArray)
                  People.signIn(base, People.create(base, "solok", "LEARNER"))
                      .get("api/v1/evaluation/forms")
                      .structure())
              .getValuesAs(JsonObject.class).stream()
                  .noneMatch(f -> f.getString("pluginId").equals(PLUGIN)));

      assertEquals(204, admin.delete("api/v1/plugins/" + PLUGIN).status());
      assertEquals(
          201, admin.postBytes("api/v1/plugins", "application/java-archive", jar).status());
      assertEquals(
          before + 1,
          evaluator.get(summaryPath).json().getInt("responses"),
          "the answers stayed while the plugin was gone");
    } finally {
      admin.delete("api/v1/plugins/" + PLUGIN);
    }
  }
}
