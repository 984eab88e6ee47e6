package org.latih.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Kirkpatrick level 3 over HTTP: a Kupang participant completes a course and writes an action plan
 * naming their direct supervisor by NIP; wrong supervisors and dates are refused field by field; a
 * regional admin corrects the supervisor; the supervisor follows the plan up, after which the
 * participant can no longer change it; nobody else reads it; Kupang's staff see it counted.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ActionPlansIT {

  @ArquillianResource URL base;

  /** A Kupang course of its own, completed just now by a new participant; returns its code. */
  static String completedCourse(URL base, Api learner) {
    return completedCourse(base, "kupang", learner);
  }

  /** A new course of {@code region}'s, published, which {@code learner} has completed. */
  static String completedCourse(URL base, String region, Api learner) {
    String course = CoursePackages.newId("rtl");
    Api instructor = CoursePackages.uploadedByNewInstructor(base, region, course);
    instructor.patch("api/v1/courses/" + course, "{\"published\":true}");
    assertEquals(201, learner.post("api/v1/courses/" + course + "/enrolment", "{}").status());
    Tests.takeWithFirstOptions(learner, course, "PRE_TEST");
    for (String lesson : List.of("01-satu", "02-dua", "03-tiga")) {
      learner.get("api/v1/courses/" + course + "/lessons/" + lesson);
      learner.post("api/v1/courses/" + course + "/lessons/" + lesson + "/completion", "");
    }
    JsonObject progress = learner.get("api/v1/courses/" + course).json().getJsonObject("progress");
    assertTrue(progress.containsKey("completedAt"), progress::toString);
    return course;
  }

  private static String action(String description, String target) {
    return "{\"description\":\""
        + description
        + "\",\"indicator\":\"Jadwal kerja mingguan tersusun dan dipakai\",\"targetOn\":\""
        + target
        + "\"}";
  }

  private static String plan(String supervisorNip, String... targets) {
    List<String> actions = new ArrayList<>();
    for (int i = 0; i < targets.length; i++) {
      actions.add(action("Menyusun jadwal kerja mingguan " + (i + 1), targets[i]));
    }
    return "{\"supervisorNip\":\""
        + supervisorNip
        + "\",\"actions\":["
        + String.join(",", actions)
        + "]}";
  }

  /**
   * An instant to the millisecond: the database keeps fewer digits than the answer that wrote it.
   */
  private static Instant millis(String instant) {
    return Instant.parse(instant).truncatedTo(ChronoUnit.MILLIS);
  }

  /** The fields a 400 problem names. */
  private static List<String> fields(Api.Reply reply) {
    reply.problem(400);
    return reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
        .map(e -> e.getString("field"))
        .toList();
  }

  private static JsonObject row(Api staff, String course) {
    return staff
        .get("api/v1/action-plans/summary?size=100")
        .json()
        .getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(r -> r.getString("course").equals(course))
        .findFirst()
        .orElse(null);
  }

  @Test
  void aParticipantWritesAPlanAndTheirSupervisorFollowsItUp() {
    String participantNip = People.create(base, "kupang", "LEARNER");
    Api learner = People.signIn(base, participantNip);
    String course = completedCourse(base, learner);
    String wrongBoss = People.create(base, "kupang", "LEARNER");
    String boss = People.create(base, "kupang", "LEARNER");
    Api supervisor = People.signIn(base, boss);
    Api evaluator = People.signIn(base, People.create(base, "kupang", "EVALUATOR"));
    String mine = "api/v1/action-plans/mine/" + course;

    assertTrue(
        learner.get("api/v1/action-plans/reminders").body().contains(course),
        "the completed course waits for its plan");
    assertTrue(row(evaluator, course) != null, "the completed course is counted before any plan");
    assertEquals(0, row(evaluator, course).getInt("plans"));
    JsonObject form = learner.get(mine).json();
    assertFalse(form.containsKey("plan") && !form.isNull("plan"), form::toString);
    String earliest = form.getString("earliestTarget");
    String latest = form.getString("latestTarget");

    // wrong supervisors: unknown, oneself, another region's, not a NIP
    String solok = People.create(base, "solok", "LEARNER");
    for (String nip : List.of(Api.newNip(), participantNip, solok, "12345")) {
      assertEquals(List.of("supervisorNip"), fields(learner.put(mine, plan(nip, earliest))), nip);
    }
    // wrong actions: none, eleven, dates on the completion day or over a year after it
    assertEquals(List.of("actions"), fields(learner.put(mine, plan(boss))));
    String[] eleven = new String[11];
    java.util.Arrays.fill(eleven, earliest);
    assertEquals(List.of("actions"), fields(learner.put(mine, plan(boss, eleven))));
    String completionDay = LocalDate.parse(earliest).minusDays(1).toString();
    String tooLate = LocalDate.parse(latest).plusDays(1).toString();
    assertEquals(
        List.of("actions[0].targetOn", "actions[2].targetOn"),
        fields(learner.put(mine, plan(boss, completionDay, latest, tooLate))));
    assertEquals(
        List.of("actions[0].targetOn"), fields(learner.put(mine, plan(boss, "31-12-2026"))));
    assertEquals(
        List.of("actions[0].description"),
        fields(
            learner.put(
                mine,
                "{\"supervisorNip\":\"" + boss + "\",\"actions\":[" + action("", latest) + "]}")));

    // the participant names the wrong person first, then edits the plan
    Api.Reply written = learner.put(mine, plan(wrongBoss, earliest, latest));
    assertEquals(201, written.status(), written::toString);
    long id = written.json().getJsonNumber("id").longValue();
    assertEquals(2, written.json().getJsonArray("actions").size());
    Api.Reply edited = learner.put(mine, plan(wrongBoss, earliest, latest, latest));
    assertEquals(200, edited.status(), edited::toString);
    assertEquals(3, edited.json().getJsonArray("actions").size());
    assertEquals(latest, edited.json().getString("lastTargetOn"));
    assertFalse(edited.json().getBoolean("due"), "the targets are still ahead");
    assertFalse(learner.get("api/v1/action-plans/reminders").body().contains(course));

    // a Kupang admin corrects the supervisor; Solok's admin and learners cannot
    String correction = "{\"supervisorNip\":\"" + boss + "\"}";
    String planPath = "api/v1/action-plans/" + id;
    People.signIn(base, People.create(base, "solok", "REGIONAL_ADMIN"))
        .put(planPath + "/supervisor", correction)
        .problem(404);
    learner.put(planPath + "/supervisor", correction).problem(403);
    Api admin = People.signIn(base, People.create(base, "kupang", "REGIONAL_ADMIN"));
    assertEquals(
        List.of("supervisorNip"),
        fields(
            admin.put(planPath + "/supervisor", "{\"supervisorNip\":\"" + participantNip + "\"}")));
    Api.Reply corrected = admin.put(planPath + "/supervisor", correction);
    assertEquals(200, corrected.status(), corrected::toString);
    assertEquals(boss, corrected.json().getJsonObject("supervisor").getString("nip"));
    assertEquals(
        0,
        People.signIn(base, wrongBoss)
            .get("api/v1/action-plans/supervised")
            .json()
            .getInt("totalItems"),
        "the wrongly named person no longer sees the plan");

    // who may read it
    assertEquals(200, learner.get(planPath).status());
    assertEquals(200, supervisor.get(planPath).status());
    assertEquals(200, evaluator.get(planPath).status());
    Api colleague = People.signIn(base, People.create(base, "kupang", "LEARNER"));
    colleague.get(planPath).problem(404);
    colleague.put(planPath + "/follow-up", "{}").problem(404);
    People.signIn(base, People.create(base, "solok", "EVALUATOR")).get(planPath).problem(404);
    learner.put(planPath + "/follow-up", "{}").problem(403);

    // the supervisor's list, then the follow-up (before it is due, which is allowed)
    JsonObject supervised = supervisor.get("api/v1/action-plans/supervised").json();
    assertEquals(1, supervised.getInt("totalItems"));
    JsonObject listed = supervised.getJsonArray("items").getJsonObject(0);
    assertEquals(id, listed.getJsonNumber("id").longValue());
    assertEquals(participantNip, listed.getJsonObject("participant").getString("nip"));
    assertEquals(
        List.of("actions[1].status", "score"),
        fields(
            supervisor.put(
                planPath + "/follow-up",
                "{\"actions\":[{\"status\":\"TERLAKSANA\"},{\"note\":\"x\"},"
                    + "{\"status\":\"BELUM\"}],\"score\":5}")));
    String followUp =
        "{\"actions\":[{\"status\":\"TERLAKSANA\",\"note\":\"Jadwal dipakai tiap Senin\"},"
            + "{\"status\":\"SEBAGIAN\"},{\"status\":\"BELUM\"}],\"score\":3,"
            + "\"comment\":\"Perlu pendampingan\"}";
    Api.Reply followed = supervisor.put(planPath + "/follow-up", followUp);
    assertEquals(200, followed.status(), followed::toString);
    JsonObject done = followed.json();
    assertFalse(done.getBoolean("editable"));
    assertEquals(3, done.getJsonObject("followUp").getInt("score"));
    String followedUpAt = done.getJsonObject("followUp").getString("followedUpAt");

    // read-only for the participant now; the supervisor can still change the follow-up
    learner.put(mine, plan(boss, earliest)).problem(409, "action-plan-locked");
    admin.put(planPath + "/supervisor", correction).problem(409, "supervisor-locked");
    JsonObject seen = learner.get(mine).json().getJsonObject("plan");
    assertEquals("TERLAKSANA", seen.getJsonArray("actions").getJsonObject(0).getString("status"));
    assertEquals("Perlu pendampingan", seen.getJsonObject("followUp").getString("comment"));
    Api.Reply changed = supervisor.put(planPath + "/follow-up", followUp.replace(":3,", ":4,"));
    assertEquals(200, changed.status(), changed::toString);
    assertEquals(
        millis(followedUpAt),
        millis(changed.json().getJsonObject("followUp").getString("followedUpAt")),
        "the first follow-up's time stays");

    // Kupang's staff see it counted; Solok's do not; learners see no figures
    JsonObject figures = row(evaluator, course);
    assertEquals(1, figures.getInt("completed"));
    assertEquals(1, figures.getInt("plans"));
    assertEquals(1, figures.getInt("followUps"));
    assertEquals(1, figures.getInt("terlaksana"));
    assertEquals(1, figures.getInt("sebagian"));
    assertEquals(1, figures.getInt("belum"));
    assertEquals(4.0, figures.getJsonNumber("meanScore").doubleValue(), 1e-9);
    assertEquals(
        1, evaluator.get("api/v1/action-plans?course=" + course).json().getInt("totalItems"));
    assertTrue(row(People.signIn(base, People.create(base, "solok", "EVALUATOR")), course) == null);
    learner.get("api/v1/action-plans/summary").problem(403);
    learner.get("api/v1/action-plans?course=" + course).problem(403);
  }
}
