package org.latih.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Forms a region's admin builds through the API: checked field by field, filled in by the region's
 * participants once per completed course, revised into new versions, assigned to one course only,
 * archived with their answers kept; organiser forms reach the region's admins for a cohort that
 * ended, not its learners; another region sees none of it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CustomFormsIT {

  private static final String REGION = "batanghari";
  private static final String COURSE = "manajemen-waktu";
  private static final String OTHER_COURSE = "etika-pelayanan-publik";

  @ArquillianResource URL base;

  private static String form(String id, String audience, String timing) {
    return """
        {"id":"%s","title":"Survei %s","audience":"%s","timing":{"kind":"%s","daysAfter":0},
         "anonymous":false,"sections":[{"title":"Materi","items":[
           {"id":"manfaat","kind":"LIKERT","text":"Materi bermanfaat","required":true,"aspect":"materi",
            "scaleMin":1,"scaleMax":4,"scaleLabels":["STS","TS","S","SS"]},
           {"id":"saran","kind":"TEXT","text":"Saran"}]}]}
        """
        .formatted(id, id, audience, timing);
  }

  private static String answer(String id, String course, String about) {
    return "{\"pluginId\":\"local\",\"formId\":\""
        + id
        + "\""
        + (course == null ? "" : ",\"course\":\"" + course + "\"")
        + (about == null ? "" : ",\"about\":\"" + about + "\"")
        + ",\"answers\":{\"manfaat\":\"4\",\"saran\":\"Tambah studi kasus\"}}";
  }

  private static Optional<JsonObject> listed(Api who, String id) {
    return ((JsonArray) who.get("api/v1/evaluation/forms").structure())
        .getValuesAs(JsonObject.class).stream()
            .filter(f -> f.getString("pluginId").equals("local"))
            .filter(f -> f.getJsonObject("form").getString("id").equals(id))
            .findFirst();
  }

  private static List<String> errorFields(Api.Reply reply) {
    reply.problem(400);
    return reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
        .map(e -> e.getString("field"))
        .toList();
  }

  @Test
  void anAdminBuildsAFormParticipantsAnswerItAndItsVersionsKeepTheAnswers() {
    String id = "survei-" + Api.newNip().substring(10);
    Api admin = People.signIn(base, People.create(base, REGION, "REGIONAL_ADMIN"));
    Api learner = People.signIn(base, People.create(base, REGION, "LEARNER"));
    Api evaluator = People.signIn(base, People.create(base, REGION, "EVALUATOR"));

    String broken =
        form(id, "PARTICIPANT", "COURSE_END")
            .replace("\"id\":\"saran\"", "\"id\":\"manfaat\"")
            .replace("[\"STS\",\"TS\",\"S\",\"SS\"]", "[\"STS\"]")
            .replace("\"audience\":\"PARTICIPANT\"", "\"audience\":\"SEMUA\"");
    List<String> fields = errorFields(admin.post("api/v1/evaluation/custom-forms", broken));
    assertTrue(fields.contains("audience"), fields::toString);
    assertTrue(fields.contains("sections[0].items[1].id"), fields::toString);
    assertTrue(fields.contains("sections[0].items[0].scaleLabels"), fields::toString);
    learner
        .post("api/v1/evaluation/custom-forms", form(id, "PARTICIPANT", "COURSE_END"))
        .problem(403);

    Api.Reply created =
        admin.post("api/v1/evaluation/custom-forms", form(id, "PARTICIPANT", "COURSE_END"));
    assertEquals(201, created.status(), created::toString);
    assertEquals(1, created.json().getInt("version"));
    admin
        .post("api/v1/evaluation/custom-forms", form(id, "PARTICIPANT", "COURSE_END"))
        .problem(409, "form-exists");

    JsonObject seen = listed(learner, id).orElseThrow(() -> new AssertionError("not listed"));
    assertTrue(seen.getBoolean("canFill"));
    // asked at course end: nothing to answer before a course is completed
    learner.post("api/v1/evaluation/responses", answer(id, null, null)).problem(400);
    String courseA = ActionPlansIT.completedCourse(base, REGION, learner);
    String courseB = ActionPlansIT.completedCourse(base, REGION, learner);
    assertEquals(
        201, learner.post("api/v1/evaluation/responses", answer(id, courseA, null)).status());
    learner
        .post("api/v1/evaluation/responses", answer(id, courseA, null))
        .problem(409, "already-answered");

    String revised = form(id, "PARTICIPANT", "COURSE_END").replace("Survei " + id, "Survei Revisi");
    JsonObject second = admin.put("api/v1/evaluation/custom-forms/" + id, revised).json();
    assertEquals(2, second.getInt("version"));
    assertEquals(
        "Survei Revisi",
        listed(learner, id).orElseThrow().getJsonObject("form").getString("title"));
    admin
        .put("api/v1/evaluation/custom-forms/" + id, revised.replace("\"" + id + "\"", "\"lain\""))
        .problem(400);
    JsonObject row =
        ((JsonArray) admin.get("api/v1/evaluation/custom-forms").structure())
            .getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("id").equals(id))
                .findFirst()
                .orElseThrow();
    assertEquals(2, row.getInt("version"));
    assertEquals(1, row.getInt("responses"));
    admin.delete("api/v1/evaluation/custom-forms/" + id).problem(409, "form-answered");

    // assigned to one course, it is asked there only
    assertEquals(
        201,
        admin
            .post("api/v1/evaluation/assignments/local/" + id, "{\"course\":\"" + courseB + "\"}")
            .status());
    admin
        .post("api/v1/evaluation/assignments/local/" + id, "{\"course\":\"" + courseB + "\"}")
        .problem(409, "form-already-assigned");
    // a course the form is not assigned to is refused, completed or not
    learner.post("api/v1/evaluation/responses", answer(id, courseA, null)).problem(400);
    learner.post("api/v1/evaluation/responses", answer(id, OTHER_COURSE, null)).problem(400);
    assertEquals(
        201, learner.post("api/v1/evaluation/responses", answer(id, courseB, null)).status());

    String summary = "api/v1/evaluation/forms/local/" + id + "/summary";
    assertEquals(2, evaluator.get(summary).json().getInt("responses"));
    assertEquals(
        204,
        admin
            .put("api/v1/evaluation/custom-forms/" + id + "/archived", "{\"archived\":true}")
            .status());
    assertTrue(listed(learner, id).isEmpty(), "an archived form takes no answers");
    learner.post("api/v1/evaluation/responses", answer(id, OTHER_COURSE, null)).problem(404);
    assertEquals(2, evaluator.get(summary).json().getInt("responses"), "answers stay readable");

    Api solok = People.signIn(base, People.create(base, "solok", "REGIONAL_ADMIN"));
    solok.get("api/v1/evaluation/custom-forms/" + id).problem(404);
    solok.get("api/v1/evaluation/forms/local/" + id + "/summary").problem(404);
  }

  @Test
  void organiserFormsReachTheRegionsAdminsForACohortThatEnded() {
    String id = "penyelenggara-" + Api.newNip().substring(10);
    Api admin = People.signIn(base, People.create(base, REGION, "REGIONAL_ADMIN"));
    Api learner = People.signIn(base, People.create(base, REGION, "LEARNER"));
    LocalDate today = LocalDate.now();
    Api.Reply cohort =
        admin.post(
            "api/v1/cohorts",
            "{\"course\":\""
                + COURSE
                + "\",\"name\":\"Angkatan "
                + id
                + "\",\"startsOn\":\""
                + today.minusDays(10)
                + "\",\"endsOn\":\""
                + today.minusDays(1)
                + "\",\"capacity\":30,\"selfEnrolment\":false}");
    assertEquals(201, cohort.status(), cohort::toString);
    long cohortId = cohort.json().getJsonNumber("id").longValue();
    assertEquals(
        201,
        admin.post("api/v1/evaluation/custom-forms", form(id, "ORGANISER", "COURSE_END")).status());

    assertTrue(listed(learner, id).isEmpty(), "not a learner's form");
    learner.post("api/v1/evaluation/responses", answer(id, null, null)).problem(403);

    JsonObject mine = listed(admin, id).orElseThrow();
    String about = "cohort-" + cohortId;
    assertTrue(
        mine.getJsonArray("pending").getValuesAs(JsonObject.class).stream()
            .anyMatch(p -> about.equals(p.getString("about", null))),
        mine::toString);
    admin
        .post("api/v1/evaluation/responses", answer(id, COURSE, "cohort-" + (cohortId + 999_999)))
        .problem(400);
    assertEquals(
        201, admin.post("api/v1/evaluation/responses", answer(id, COURSE, about)).status());
    admin
        .post("api/v1/evaluation/responses", answer(id, COURSE, about))
        .problem(409, "already-answered");
    assertFalse(
        listed(admin, id)
            .orElseThrow()
            .getJsonArray("pending")
            .getValuesAs(JsonObject.class)
            .stream()
            .anyMatch(p -> about.equals(p.getString("about", null))),
        "answered: no longer waiting");
  }
}
