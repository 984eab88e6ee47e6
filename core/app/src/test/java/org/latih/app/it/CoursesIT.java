package org.latih.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Courses through the API: the starter catalogue, visibility, learning and JP, editing rights. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CoursesIT {

  static final List<String> STARTER =
      List.of(
          "manajemen-waktu",
          "manajemen-proyek",
          "pelayanan-publik-prima",
          "etika-pelayanan-publik",
          "administrasi-perkantoran",
          "sistem-informasi-manajemen",
          "kepemimpinan-komunikasi");

  @ArquillianResource URL base;

  /** Uploads a package as an instructor of the region and returns the instructor's client. */
  private Api uploadAsInstructor(String region, String id) {
    Api instructor = People.signIn(base, People.create(base, region, "INSTRUCTOR"));
    Api.Reply reply =
        instructor.postBytes(
            "api/v1/course-packages", "application/zip", CoursePackages.valid(id, "1.0.0").zip());
    assertEquals(200, reply.status(), reply::toString);
    assertEquals("CREATED", reply.json().getString("outcome"));
    return instructor;
  }

  private static List<String> codes(Api.Reply catalogue) {
    assertEquals(200, catalogue.status(), catalogue::toString);
    return catalogue.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(c -> c.getString("code"))
        .toList();
  }

  @Test
  void theStarterCatalogueIsPublishedForEveryRegion() {
    Api learner = People.signIn(base, People.create(base, "bengkulu", "LEARNER"));
    List<String> visible = codes(learner.get("api/v1/courses?size=100"));
    assertTrue(visible.containsAll(STARTER), () -> "starter courses missing from " + visible);
    for (String code : STARTER) {
      JsonObject detail = learner.get("api/v1/courses/" + code).json();
      JsonArray modules = detail.getJsonArray("modules");
      assertTrue(modules.size() >= 2, code + " has two modules or more");
      long lessons =
          modules.getValuesAs(JsonObject.class).stream()
              .mapToLong(m -> m.getJsonArray("lessons").size())
              .sum();
      assertTrue(lessons >= 3, code + " has three lessons or more");
      assertFalse(detail.getBoolean("editable"), "a learner cannot edit " + code);
    }
  }

  @Test
  void catalogueFiltersByCompetencyJpAndRegionAndRefusesAnUnknownType() {
    Api learner = People.signIn(base, People.create(base, "kupang", "LEARNER"));
    for (JsonObject c :
        learner
            .get("api/v1/courses?competency=teknis&size=100")
            .json()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class)) {
      assertEquals("teknis", c.getString("competencyType"));
    }
    for (JsonObject c :
        learner
            .get("api/v1/courses?jpMin=7&jpMax=8&size=100")
            .json()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class)) {
      assertTrue(c.getInt("jp") >= 7 && c.getInt("jp") <= 8, c::toString);
    }
    assertTrue(codes(learner.get("api/v1/courses?region=shared&size=100")).containsAll(STARTER));
    String detail = learner.get("api/v1/courses?competency=rahasia").problem(400);
    assertTrue(detail.contains("rahasia"), detail);
  }

  @Test
  void aDraftIsInvisibleToLearnersUntilPublishedAndOtherRegionsNeverSeeIt() {
    String id = CoursePackages.newId("draf");
    Api instructor = uploadAsInstructor("kupang", id);
    Api kupangLearner = People.signIn(base, People.create(base, "kupang", "LEARNER"));
    Api solokLearner = People.signIn(base, People.create(base, "solok", "LEARNER"));

    assertFalse(codes(kupangLearner.get("api/v1/courses?size=100")).contains(id));
    kupangLearner.get("api/v1/courses/" + id).problem(404);
    kupangLearner.get("api/v1/courses/" + id + "/lessons/01-satu").problem(404);
    kupangLearner.post("api/v1/courses/" + id + "/enrolment", "{}").problem(404);

    Api.Reply published = instructor.patch("api/v1/courses/" + id, "{\"published\":true}");
    assertEquals(200, published.status(), published::toString);
    assertEquals("kupang", published.json().getString("region"));
    assertTrue(codes(kupangLearner.get("api/v1/courses?size=100")).contains(id));
    assertFalse(codes(solokLearner.get("api/v1/courses?size=100")).contains(id));
    solokLearner.get("api/v1/courses/" + id).problem(404);
  }

  @Test
  void onlyTheCoursesOwnRegionsStaffMayEditAndNothingChangesOtherwise() {
    String id = CoursePackages.newId("hak");
    Api instructor = uploadAsInstructor("batanghari", id);
    instructor.patch("api/v1/courses/" + id, "{\"published\":true}");
    Api learner = People.signIn(base, People.create(base, "batanghari", "LEARNER"));
    Api otherInstructor = People.signIn(base, People.create(base, "solok", "INSTRUCTOR"));

    learner.patch("api/v1/courses/" + id, "{\"title\":\"Dibajak\"}").problem(403);
    learner
        .postBytes(
            "api/v1/course-packages", "application/zip", CoursePackages.valid(id, "2.0.0").zip())
        .problem(403);
    learner.delete("api/v1/courses/" + id).problem(403);
    otherInstructor.patch("api/v1/courses/" + id, "{\"title\":\"Dibajak\"}").problem(404);
    otherInstructor.get("api/v1/courses/" + id + "/package").problem(404);
    otherInstructor.patch("api/v1/courses/manajemen-waktu", "{\"title\":\"Dibajak\"}").problem(403);

    JsonObject course = learner.get("api/v1/courses/" + id).json().getJsonObject("course");
    assertEquals("Kursus Uji " + id, course.getString("title"));
    assertEquals("1.0.0", course.getString("version"));

    Api.Reply edited =
        instructor.patch(
            "api/v1/courses/" + id, "{\"title\":\"Pelayanan Prima Batanghari\",\"jp\":4}");
    assertEquals(200, edited.status(), edited::toString);
    assertEquals(4, edited.json().getInt("jp"));
    instructor.patch("api/v1/courses/" + id, "{\"jp\":0}").problem(400);
    assertEquals(
        4, learner.get("api/v1/courses/" + id).json().getJsonObject("course").getInt("jp"));
  }

  @Test
  void aLearnerEnrolsReadsEveryLessonAndTheJpAppearOnTheTranscript() {
    String id = CoursePackages.newId("belajar");
    Api instructor = uploadAsInstructor("bukittinggi", id);
    instructor.patch("api/v1/courses/" + id, "{\"published\":true}");
    Api learner = People.signIn(base, People.create(base, "bukittinggi", "LEARNER"));
    int jpBefore = learner.get("api/v1/me/transcript").json().getInt("jpThisYear");

    learner.get("api/v1/courses/" + id + "/lessons/01-satu").problem(403);
    Api.Reply enrolled = learner.post("api/v1/courses/" + id + "/enrolment", "{}");
    assertEquals(201, enrolled.status(), enrolled::toString);
    learner.post("api/v1/courses/" + id + "/enrolment", "{}").problem(409, "already-enrolled");
    String gate =
        learner.get("api/v1/courses/" + id + "/lessons/01-satu").problem(409, "pre-test-first");
    assertTrue(gate.contains("Pre-test"), "the lessons wait for the pre-test: " + gate);
    Tests.takeWithFirstOptions(learner, id, "PRE_TEST");

    JsonObject first = learner.get("api/v1/courses/" + id + "/lessons/01-satu").json();
    String html = first.getString("html");
    assertTrue(html.contains("href=\"api/v1/courses/" + id + "/attachments/lembar.pdf\""), html);
    assertTrue(html.contains("href=\"#/courses/" + id + "/lessons/02-dua\""), html);
    assertEquals("02-dua", first.getJsonObject("next").getString("key"));
    assertEquals(JsonValue.NULL, first.getOrDefault("previous", JsonValue.NULL));

    int[] expected = {33, 66, 100};
    String[] keys = {"01-satu", "02-dua", "03-tiga"};
    JsonObject progress = null;
    for (int i = 0; i < keys.length; i++) {
      learner.get("api/v1/courses/" + id + "/lessons/" + keys[i]);
      Api.Reply finished =
          learner.post("api/v1/courses/" + id + "/lessons/" + keys[i] + "/completion", "");
      assertEquals(200, finished.status(), finished::toString);
      progress = finished.json();
      assertEquals(expected[i], progress.getInt("percent"));
      assertEquals(i == keys.length - 1, progress.containsKey("completedAt"));
    }
    assertNotNull(progress);
    assertEquals(3, progress.getInt("jp"));
    learner.post("api/v1/courses/" + id + "/lessons/03-tiga/completion", "");

    JsonObject transcript = learner.get("api/v1/me/transcript").json();
    assertEquals(jpBefore + 3, transcript.getInt("jpThisYear"), "credited once, not twice");
    assertEquals(20, transcript.getInt("target"));
    assertEquals(
        LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear(), transcript.getInt("currentYear"));
    assertTrue(transcript.getJsonArray("courses").toString().contains(id));
    JsonObject mine = ((JsonArray) learner.get("api/v1/me/courses").structure()).getJsonObject(0);
    assertEquals(id, mine.getString("course"));
    assertEquals(100, mine.getInt("percent"));
  }

  @Test
  void aNewVersionUpdatesTheCourseAndKeepsProgressAndAnOlderOneIsRefused() {
    String id = CoursePackages.newId("versi");
    Api instructor = uploadAsInstructor("solok", id);
    instructor.patch("api/v1/courses/" + id, "{\"published\":true}");
    Api learner = People.signIn(base, People.create(base, "solok", "LEARNER"));
    learner.post("api/v1/courses/" + id + "/enrolment", "{}");
    Tests.takeWithFirstOptions(learner, id, "PRE_TEST");
    learner.get("api/v1/courses/" + id + "/lessons/01-satu");
    learner.post("api/v1/courses/" + id + "/lessons/01-satu/completion", "");

    CoursePackages next = CoursePackages.valid(id, "1.1.0");
    next.text(
        "manifest.json",
        CoursePackages.manifest(id, "1.1.0", "\"lessons/03-tiga.md\", \"lessons/04-empat.md\""));
    next.text("lessons/04-empat.md", "---\ntitle: Evaluasi\n---\n\nPelajaran baru.\n");
    Api.Reply updated =
        instructor.postBytes("api/v1/course-packages", "application/zip", next.zip());
    assertEquals("UPDATED", updated.json().getString("outcome"), updated::toString);

    JsonObject detail = learner.get("api/v1/courses/" + id).json();
    assertEquals("1.1.0", detail.getJsonObject("course").getString("version"));
    assertEquals(4, detail.getJsonObject("course").getInt("lessons"));
    assertEquals(25, detail.getJsonObject("progress").getInt("percent"), "lesson 1 still finished");

    Api.Reply same = instructor.postBytes("api/v1/course-packages", "application/zip", next.zip());
    assertEquals("UNCHANGED", same.json().getString("outcome"));
    String older =
        instructor
            .postBytes(
                "api/v1/course-packages",
                "application/zip",
                CoursePackages.valid(id, "1.0.0").zip())
            .problem(409, "older-package-version");
    assertTrue(older.contains("1.1.0"), older);
    assertEquals(
        "1.1.0",
        learner.get("api/v1/courses/" + id).json().getJsonObject("course").getString("version"));
  }

  @Test
  void attachmentsAreServedWithTheirTypeAndUnknownOnesAreNotFound() {
    String id = CoursePackages.newId("lampiran");
    Api instructor = uploadAsInstructor("bengkulu", id);
    Api.Reply pdf = instructor.get("api/v1/courses/" + id + "/attachments/lembar.pdf");
    assertEquals(200, pdf.status());
    assertEquals("application/pdf", pdf.header("Content-Type"));
    assertTrue(pdf.header("Content-Disposition").startsWith("inline"));
    assertEquals("nosniff", pdf.header("X-Content-Type-Options"));
    instructor.get("api/v1/courses/" + id + "/attachments/tidak-ada.pdf").problem(404);
  }

  @Test
  void aCourseWithLearnersCannotBeDeletedButAnUnusedOneCan() {
    String used = CoursePackages.newId("terpakai");
    Api instructor = uploadAsInstructor("kupang", used);
    instructor.patch("api/v1/courses/" + used, "{\"published\":true}");
    People.signIn(base, People.create(base, "kupang", "LEARNER"))
        .post("api/v1/courses/" + used + "/enrolment", "{}");
    instructor.delete("api/v1/courses/" + used).problem(409, "course-has-learners");
    assertEquals(200, instructor.get("api/v1/courses/" + used).status());

    String unused = CoursePackages.newId("kosong");
    instructor.postBytes(
        "api/v1/course-packages", "application/zip", CoursePackages.valid(unused, "1.0.0").zip());
    assertEquals(204, instructor.delete("api/v1/courses/" + unused).status());
    instructor.get("api/v1/courses/" + unused).problem(404);
  }
}
