package org.latih.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Forms reach the right people on the right occasion: the direct supervisor a participant named in
 * their action plan is asked about that participant (and nobody else may answer for them), a
 * participant marked present at a session is asked about that session, and a course-end form is
 * answered only by those who completed the course, once; follow-up forms wait for their days to
 * pass. The forms page shows what is answered.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FormIssuingIT {

  @ArquillianResource URL base;

  private static String form(String id, String audience, String timing, int days) {
    return """
        {"id":"%s","title":"Formulir %s","audience":"%s","timing":{"kind":"%s","daysAfter":%d},
         "anonymous":true,"sections":[{"title":"Penerapan","items":[
           {"id":"nilai","kind":"RATING","text":"Nilai","required":true,"scaleMin":1,"scaleMax":5}]}]}
        """
        .formatted(id, id, audience, timing, days);
  }

  private static String answer(String id, String course, String about) {
    return "{\"pluginId\":\"local\",\"formId\":\"%s\",\"course\":\"%s\",\"about\":%s,\"answers\":{\"nilai\":\"4\"}}"
        .formatted(id, course, about == null ? "null" : "\"" + about + "\"");
  }

  private static List<JsonObject> pending(Api who, String id) {
    return listed(who, id, "pending");
  }

  /** The occasions of form {@code id} the forms page lists as waiting or as done. */
  private static List<JsonObject> listed(Api who, String id, String which) {
    return ((JsonArray) who.get("api/v1/evaluation/forms").structure())
        .getValuesAs(JsonObject.class).stream()
            .filter(f -> f.getString("pluginId").equals("local"))
            .filter(f -> f.getJsonObject("form").getString("id").equals(id))
            .flatMap(f -> f.getJsonArray(which).getValuesAs(JsonObject.class).stream())
            .toList();
  }

  @Test
  void aCourseEndFormIsAnsweredOnlyByWhoCompletedTheCourseAndOnce() {
    String id = "akhir-" + Api.newNip().substring(12);
    Api admin = People.signIn(base, People.create(base, "kupang", "REGIONAL_ADMIN"));
    assertEquals(
        201,
        admin
            .post("api/v1/evaluation/custom-forms", form(id, "PARTICIPANT", "COURSE_END", 0))
            .status());
    Api learner = People.signIn(base, People.create(base, "kupang", "LEARNER"));
    Api stranger = People.signIn(base, People.create(base, "kupang", "LEARNER"));
    String course = ActionPlansIT.completedCourse(base, learner);

    // never enrolled: neither for the course nor for no course at all
    stranger.post("api/v1/evaluation/responses", answer(id, course, null)).problem(400);
    stranger
        .post(
            "api/v1/evaluation/responses",
            "{\"pluginId\":\"local\",\"formId\":\"%s\",\"answers\":{\"nilai\":\"4\"}}"
                .formatted(id))
        .problem(400);
    assertTrue(pending(stranger, id).isEmpty(), "nothing issued to who never enrolled");

    assertEquals(1, pending(learner, id).size());
    assertTrue(listed(learner, id, "done").isEmpty());
    assertEquals(
        201, learner.post("api/v1/evaluation/responses", answer(id, course, null)).status());
    learner
        .post("api/v1/evaluation/responses", answer(id, course, null))
        .problem(409, "already-answered");
    assertTrue(pending(learner, id).isEmpty(), "answered: no longer offered");
    List<JsonObject> done = listed(learner, id, "done");
    assertEquals(1, done.size(), done::toString);
    assertEquals(course, done.get(0).getString("course"));
  }

  @Test
  void theSupervisorNamedInTheActionPlanIsAskedAboutTheirStaff() {
    String suffix = Api.newNip().substring(12);
    Api admin = People.signIn(base, People.create(base, "kupang", "REGIONAL_ADMIN"));
    String participantNip = People.create(base, "kupang", "LEARNER");
    Api learner = People.signIn(base, participantNip);
    String course = ActionPlansIT.completedCourse(base, learner);
    String bossNip = People.create(base, "kupang", "LEARNER");
    Api boss = People.signIn(base, bossNip);
    long participantId = People.idOf(base, participantNip);

    String now = "atasan-" + suffix;
    String later = "atasan-90-" + suffix;
    assertEquals(
        201,
        admin
            .post("api/v1/evaluation/custom-forms", form(now, "SUPERVISOR", "COURSE_END", 0))
            .status());
    assertEquals(
        201,
        admin
            .post(
                "api/v1/evaluation/custom-forms", form(later, "SUPERVISOR", "AFTER_COMPLETION", 90))
            .status());
    assertTrue(pending(boss, now).isEmpty(), "nobody named this supervisor yet");

    String target = LocalDate.now().plusDays(30).toString();
    Api.Reply plan =
        learner.put(
            "api/v1/action-plans/mine/" + course,
            "{\"supervisorNip\":\"%s\",\"actions\":[{\"description\":\"Menerapkan SOP baru\",\"indicator\":\"SOP dipakai\",\"targetOn\":\"%s\"}]}"
                .formatted(bossNip, target));
    assertEquals(201, plan.status(), plan::toString);

    List<JsonObject> waiting = pending(boss, now);
    assertEquals(1, waiting.size(), waiting::toString);
    assertEquals("person-" + participantId, waiting.get(0).getString("about"));
    assertTrue(pending(boss, later).isEmpty(), "the 90-day form waits for its days");

    learner
        .post("api/v1/evaluation/responses", answer(now, course, "person-" + participantId))
        .problem(403);
    boss.post("api/v1/evaluation/responses", answer(now, course, null)).problem(400);
    boss.post("api/v1/evaluation/responses", answer(later, course, "person-" + participantId))
        .problem(400);
    assertEquals(
        201,
        boss.post("api/v1/evaluation/responses", answer(now, course, "person-" + participantId))
            .status());
    boss.post("api/v1/evaluation/responses", answer(now, course, "person-" + participantId))
        .problem(409, "already-answered");
    assertTrue(pending(boss, now).isEmpty(), "answered: no longer waiting");
  }

  @Test
  void aParticipantPresentAtASessionIsAskedAboutThatSession() {
    String suffix = Api.newNip().substring(12);
    Api admin = People.signIn(base, People.create(base, "kupang", "REGIONAL_ADMIN"));
    String instructorNip = People.create(base, "kupang", "INSTRUCTOR");
    long cohort = AttendanceIT.cohort(admin, instructorNip);
    String here = AttendanceIT.learner(base, "kupang", "Dinas Sosial " + suffix);
    String away = AttendanceIT.learner(base, "kupang", "Dinas Sosial " + suffix);
    AttendanceIT.enrol(admin, cohort, here);
    AttendanceIT.enrol(admin, cohort, away);
    long session = AttendanceIT.session(admin, cohort, "Sesi praktik " + suffix, "workshop");
    assertEquals(
        200,
        admin
            .put(
                "api/v1/attendance/sessions/" + session + "/records",
                AttendanceIT.sheet(Map.of(here, true, away, false)))
            .status());

    String id = "sesi-" + suffix;
    assertEquals(
        201,
        admin
            .post("api/v1/evaluation/custom-forms", form(id, "PARTICIPANT", "PER_SESSION", 0))
            .status());
    Api present = People.signIn(base, here);
    Api absent = People.signIn(base, away);
    List<JsonObject> waiting = pending(present, id);
    assertEquals(1, waiting.size(), waiting::toString);
    assertEquals("session-" + session, waiting.get(0).getString("about"));
    assertTrue(pending(absent, id).isEmpty(), "absent: not asked");

    String course = waiting.get(0).getString("course");
    // a per-session form is answered about a session, not about the course as a whole
    present.post("api/v1/evaluation/responses", answer(id, course, null)).problem(400);
    absent
        .post("api/v1/evaluation/responses", answer(id, course, "session-" + session))
        .problem(400);
    assertEquals(
        201,
        present
            .post("api/v1/evaluation/responses", answer(id, course, "session-" + session))
            .status());
    assertTrue(pending(present, id).isEmpty());
  }
}
