package org.latih.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Statement budgets of the list pages and of the learner's course page, read from the
 * X-Latih-Statements header: each page costs the same few statements whether one row or many lie
 * behind it. Two regions of their own are built once, one with one of everything (a user found by
 * the search, a cohort, a participant, a session, a completed course with its action plan) and one
 * with eight, and every page is read in both.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ListBudgetIT {

  @ArquillianResource URL base;

  private static World small;
  private static World large;

  private void worlds() {
    if (small == null) {
      small = World.build(base, 1);
      large = World.build(base, 8);
    }
  }

  private static int statements(Api.Reply reply) {
    assertEquals(200, reply.status(), reply::toString);
    String header = reply.header("X-Latih-Statements");
    assertTrue(header != null, "the test server reports statements: " + reply);
    return Integer.parseInt(header);
  }

  /**
   * Reads a page in both worlds: the same statements for both, at most {@code budget}; answers the
   * two replies so the caller can check what they show.
   */
  private static Api.Reply[] sameCost(
      String page, int budget, Function<World, Api.Reply> read, List<String> failures) {
    Api.Reply few = read.apply(small);
    Api.Reply many = read.apply(large);
    int one = statements(few);
    int eight = statements(many);
    if (one != eight || eight > budget) {
      failures.add(page + ": " + one + " statements for one row, " + eight + " for eight");
    }
    return new Api.Reply[] {few, many};
  }

  private static void none(List<String> failures) {
    assertTrue(failures.isEmpty(), () -> String.join("\n", failures));
  }

  private static int total(Api.Reply page) {
    return page.json().getInt("totalItems");
  }

  private static List<String> strings(JsonArray array) {
    return array.getValuesAs(jakarta.json.JsonString.class).stream()
        .map(jakarta.json.JsonString::getString)
        .toList();
  }

  private static int size(Api.Reply list) {
    return list.structure().asJsonArray().size();
  }

  @Test
  void theUserListCostsTheSameWhateverTheNumberOfUsers() {
    worlds();
    List<String> failures = new ArrayList<>();
    Api.Reply[] region = sameCost("users", 10, w -> w.admin.get("api/v1/users"), failures);
    assertEquals(World.STAFF + small.imported(), total(region[0]));
    assertEquals(World.STAFF + large.imported(), total(region[1]));
    Api.Reply[] search =
        sameCost(
            "users?q",
            10,
            w -> w.admin.get("api/v1/users?size=100&q=" + w.tag.toUpperCase()),
            failures);
    assertEquals(small.imported(), total(search[0]));
    assertEquals(large.imported(), search[1].json().getJsonArray("items").size());
    assertEquals(
        0, total(large.admin.get("api/v1/users?q=%25")), "a % in the search is a character");
    Api.Reply[] filtered =
        sameCost(
            "users?region&role&active&q (system admin)",
            10,
            w ->
                Api.admin(base)
                    .get(
                        "api/v1/users?region="
                            + w.region
                            + "&role=LEARNER&active=true&size=5&q=peserta%20"
                            + w.tag),
            failures);
    assertEquals(large.imported(), total(filtered[1]));
    JsonObject first = filtered[1].json().getJsonArray("items").getJsonObject(0);
    assertEquals(List.of("LEARNER"), strings(first.getJsonArray("roles")));
    assertEquals(large.region, first.getString("region"));
    none(failures);
  }

  @Test
  void cohortsAndTheirParticipantsCostTheSameWhateverTheirNumber() {
    worlds();
    List<String> failures = new ArrayList<>();
    Api.Reply[] cohorts =
        sameCost(
            "cohorts?course",
            10,
            w -> w.admin.get("api/v1/cohorts?course=" + w.courses.get(0)),
            failures);
    assertEquals(1, size(cohorts[0]));
    assertEquals(World.N_LARGE, size(cohorts[1]));
    JsonObject cohort =
        cohorts[1].structure().asJsonArray().getValuesAs(JsonObject.class).stream()
            .filter(c -> c.getJsonNumber("id").longValue() == large.cohorts.get(0))
            .findFirst()
            .orElseThrow();
    assertEquals(World.N_LARGE, cohort.getInt("enrolled"), cohort::toString);
    assertEquals(List.of(large.instructorNip), strings(cohort.getJsonArray("instructors")));
    for (boolean asInstructor : List.of(false, true)) {
      Api.Reply[] participants =
          sameCost(
              "cohorts/{id}/enrolments" + (asInstructor ? " (instructor)" : ""),
              10,
              w ->
                  (asInstructor ? w.instructor : w.admin)
                      .get("api/v1/cohorts/" + w.cohorts.get(0) + "/enrolments"),
              failures);
      assertEquals(1, total(participants[0]));
      assertEquals(World.N_LARGE, total(participants[1]));
      assertTrue(
          participants[1].body().contains("\"nip\":\"" + large.learnerNip + "\""),
          participants[1]::toString);
      assertTrue(participants[1].body().contains("\"percent\":100"), participants[1]::toString);
    }
    none(failures);
  }

  @Test
  void attendancePagesCostTheSameWhateverTheNumberOfCohortsSessionsAndParticipants() {
    worlds();
    List<String> failures = new ArrayList<>();
    Api.Reply[] cohorts =
        sameCost(
            "attendance/cohorts", 10, w -> w.evaluator.get("api/v1/attendance/cohorts"), failures);
    assertEquals(1, total(cohorts[0]));
    assertEquals(2 * World.N_LARGE - 1, total(cohorts[1]));
    Api.Reply[] rates =
        sameCost("attendance/rates", 10, w -> w.evaluator.get("api/v1/attendance/rates"), failures);
    assertEquals(World.N_LARGE, rates[1].json().getJsonObject("cohorts").getInt("totalItems"));
    assertEquals(
        World.N_LARGE * World.N_LARGE + 2 * (World.N_LARGE - 1),
        rates[1].json().getJsonObject("total").getInt("present"),
        rates[1]::toString);
    Api.Reply[] cohort =
        sameCost(
            "attendance/cohorts/{id}",
            10,
            w -> w.instructor.get("api/v1/attendance/cohorts/" + w.cohorts.get(0)),
            failures);
    assertEquals(World.N_LARGE, cohort[1].json().getJsonArray("sessions").size());
    assertEquals(
        World.N_LARGE * World.N_LARGE, cohort[1].json().getJsonObject("total").getInt("present"));
    Api.Reply[] sheet =
        sameCost(
            "attendance/sessions/{id}/records",
            10,
            w -> w.instructor.get("api/v1/attendance/sessions/" + w.session + "/records"),
            failures);
    JsonArray lines = sheet[1].json().getJsonArray("participants");
    assertEquals(World.N_LARGE, lines.size());
    assertTrue(lines.getValuesAs(JsonObject.class).stream().allMatch(l -> l.getBoolean("present")));
    Api.Reply[] mine =
        sameCost(
            "attendance/mine", 10, w -> w.learner.get("api/v1/attendance/mine?size=50"), failures);
    assertEquals(2 * World.N_LARGE - 1, total(mine[1]));
    none(failures);
  }

  @Test
  void actionPlanListsCostTheSameWhateverTheNumberOfPlans() {
    worlds();
    List<String> failures = new ArrayList<>();
    Api.Reply[] mine =
        sameCost("action-plans/mine", 10, w -> w.learner.get("api/v1/action-plans/mine"), failures);
    assertEquals(World.N_LARGE, total(mine[1]));
    assertEquals(
        large.supervisorNip,
        mine[1].json().getJsonArray("items").getJsonObject(0).getString("suggestedSupervisorNip"));
    Api.Reply[] supervised =
        sameCost(
            "action-plans/supervised",
            10,
            w -> w.supervisor.get("api/v1/action-plans/supervised"),
            failures);
    assertEquals(World.N_LARGE, total(supervised[1]));
    assertEquals(
        1,
        supervised[1].json().getJsonArray("items").getJsonObject(0).getJsonArray("actions").size());
    Api.Reply[] summary =
        sameCost(
            "action-plans/summary",
            10,
            w -> w.evaluator.get("api/v1/action-plans/summary"),
            failures);
    assertEquals(World.N_LARGE, total(summary[1]));
    assertEquals(1, summary[1].json().getJsonArray("items").getJsonObject(0).getInt("plans"));
    Api.Reply[] plans =
        sameCost("action-plans", 10, w -> w.evaluator.get("api/v1/action-plans"), failures);
    assertEquals(World.N_LARGE, total(plans[1]));
    Api.Reply[] reminders =
        sameCost(
            "action-plans/reminders",
            10,
            w -> w.learner.get("api/v1/action-plans/reminders"),
            failures);
    assertEquals(0, reminders[1].json().getInt("toWriteTotal"), "every plan is written");
    none(failures);
  }

  @Test
  void formListsCostTheSameWhateverTheNumberOfFormsAndOccasions() {
    worlds();
    List<String> failures = new ArrayList<>();
    Api.Reply[] participant =
        sameCost(
            "evaluation/forms (participant)",
            10,
            w -> w.learner.get("api/v1/evaluation/forms"),
            failures);
    assertEquals(
        World.N_LARGE * World.N_LARGE + 2 * World.N_LARGE - 1,
        pending(participant[1]),
        "every completed course of every course-end form, and every session attended");
    Api.Reply[] supervisor =
        sameCost(
            "evaluation/forms (supervisor)",
            10,
            w -> w.supervisor.get("api/v1/evaluation/forms"),
            failures);
    assertEquals(World.N_LARGE, pending(supervisor[1]), "one per plan naming the supervisor");
    Api.Reply[] custom =
        sameCost(
            "evaluation/custom-forms",
            10,
            w -> w.admin.get("api/v1/evaluation/custom-forms"),
            failures);
    assertEquals(World.N_LARGE + 2, size(custom[1]));
    none(failures);
  }

  private static int pending(Api.Reply forms) {
    return forms.structure().asJsonArray().getValuesAs(JsonObject.class).stream()
        .filter(f -> f.getString("pluginId").equals("local"))
        .mapToInt(f -> f.getJsonArray("pending").size())
        .sum();
  }

  @Test
  void theLearnersCoursePageCostsTheSameWhateverTheNumberOfLessonsAndCohorts() {
    worlds();
    List<String> failures = new ArrayList<>();
    Api.Reply[] detail =
        sameCost(
            "courses/{code} (learner)",
            10,
            w -> w.learner.get("api/v1/courses/" + w.courses.get(0)),
            failures);
    JsonObject page = detail[1].json();
    assertEquals(100, page.getJsonObject("progress").getInt("percent"));
    assertEquals(World.N_LARGE, page.getJsonArray("cohorts").size());
    assertEquals(
        large.lessons.size(),
        page.getJsonArray("modules").getValuesAs(JsonObject.class).stream()
            .mapToInt(m -> m.getJsonArray("lessons").size())
            .sum());
    sameCost(
        "courses/{code} (admin)",
        10,
        w -> w.admin.get("api/v1/courses/" + w.courses.get(0)),
        failures);
    sameCost(
        "courses/{code}/quizzes",
        10,
        w -> w.learner.get("api/v1/courses/" + w.courses.get(0) + "/quizzes"),
        failures);
    Api.Reply[] lesson =
        sameCost(
            "courses/{code}/lessons/{key}",
            10,
            w -> w.learner.get("api/v1/courses/" + w.courses.get(0) + "/lessons/02-dua"),
            failures);
    assertTrue(lesson[1].body().contains("Standar Pelayanan"), lesson[1]::toString);
    Api.Reply[] catalogue =
        sameCost(
            "courses (catalogue)",
            10,
            w -> w.learner.get("api/v1/courses?region=" + w.region),
            failures);
    assertEquals(World.N_LARGE, total(catalogue[1]));
    assertEquals(
        large.lessons.size(),
        catalogue[1].json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .filter(c -> c.getString("code").equals(large.courses.get(0)))
            .findFirst()
            .orElseThrow()
            .getInt("lessons"));
    Api.Reply[] courses =
        sameCost("me/courses", 10, w -> w.learner.get("api/v1/me/courses"), failures);
    assertEquals(World.N_LARGE, size(courses[1]));
    Api.Reply[] transcript =
        sameCost("me/transcript", 10, w -> w.learner.get("api/v1/me/transcript"), failures);
    assertEquals(World.N_LARGE, transcript[1].json().getJsonArray("courses").size());
    assertEquals(3 * World.N_LARGE, transcript[1].json().getInt("jpThisYear"));
    none(failures);
  }

  /**
   * A region of its own with {@code n} of everything: {@code 2n - 1} imported learners whose names
   * carry the world's tag; {@code n} courses the learner completed, each with an action plan naming
   * the supervisor (the first course has twelve lessons in the large world); {@code n} cohorts of
   * the first course, the first with the learner and {@code n - 1} others at {@code n} sessions;
   * for every other course a cohort of the learner and one other at one session; {@code n + 2}
   * forms of the region.
   */
  private record World(
      String region,
      String tag,
      Api admin,
      Api instructor,
      String instructorNip,
      Api evaluator,
      Api learner,
      String learnerNip,
      Api supervisor,
      String supervisorNip,
      List<String> courses,
      List<String> lessons,
      List<Long> cohorts,
      long session,
      int n) {

    static final int N_LARGE = 8;

    /** The admin, instructor, evaluator, learner and supervisor: the users besides the imported. */
    static final int STAFF = 5;

    int imported() {
      return 2 * n - 1;
    }

    static World build(URL base, int n) {
      String region = Regions.create(base, "daftar");
      String tag = region.substring("daftar-".length());
      String adminNip = People.create(base, region, "REGIONAL_ADMIN");
      Api admin = People.signIn(base, adminNip);
      String instructorNip = People.create(base, region, "INSTRUCTOR");
      Api instructor = People.signIn(base, instructorNip);
      Api evaluator = People.signIn(base, People.create(base, region, "EVALUATOR"));
      String learnerNip = People.create(base, region, "LEARNER");
      Api learner = People.signIn(base, learnerNip);
      String supervisorNip = People.create(base, region, "LEARNER");
      Api supervisor = People.signIn(base, supervisorNip);

      List<String> imported = new ArrayList<>();
      StringBuilder csv = new StringBuilder("nip;nama;email;unit_kerja;golongan;wilayah;peran\n");
      for (int i = 1; i <= 2 * n - 1; i++) {
        String nip = Api.newNip();
        imported.add(nip);
        csv.append("%s;Peserta %s %d;;Unit %d;;%s;learner\n".formatted(nip, tag, i, i % 3, region));
      }
      Api.Reply report =
          admin.postBytes(
              "api/v1/users/import", "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8));
      assertEquals(2 * n - 1, report.json().getInt("created"), report::toString);

      List<String> lessons = new ArrayList<>(List.of("01-satu", "02-dua", "03-tiga"));
      List<String> courses = new ArrayList<>();
      for (int c = 0; c < n; c++) {
        String course = CoursePackages.newId("daftar");
        CoursePackages pkg = CoursePackages.valid(course, "1.0.0");
        if (c == 0 && n > 1) {
          // the first course of the large world has twelve lessons instead of three
          StringBuilder more = new StringBuilder("\"lessons/03-tiga.md\"");
          for (int l = 4; l <= 12; l++) {
            String key = "%02d-tambahan".formatted(l);
            pkg.text("lessons/" + key + ".md", "---\ntitle: Tambahan " + l + "\n---\n\nIsi.\n");
            more.append(",\"lessons/").append(key).append(".md\"");
            lessons.add(key);
          }
          pkg.text("manifest.json", CoursePackages.manifest(course, "1.0.0", more.toString()));
        }
        Api.Reply uploaded =
            instructor.postBytes("api/v1/course-packages", "application/zip", pkg.zip());
        assertEquals(200, uploaded.status(), uploaded::toString);
        assertEquals(
            200, instructor.patch("api/v1/courses/" + course, "{\"published\":true}").status());
        courses.add(course);
      }

      List<Long> cohorts = new ArrayList<>();
      LocalDate today = LocalDate.now();
      for (int i = 0; i < n; i++) {
        cohorts.add(cohort(admin, courses.get(0), "Angkatan " + (i + 1), instructorNip));
      }
      // the learner and n - 1 imported people in the first cohort, n sessions they all attended
      List<String> first = new ArrayList<>(List.of(learnerNip));
      first.addAll(imported.subList(0, n - 1));
      enrol(admin, cohorts.get(0), first);
      long session = 0;
      for (int s = 0; s < n; s++) {
        long id = AttendanceIT.session(instructor, cohorts.get(0), "Hari " + (s + 1), "classroom");
        session = s == 0 ? id : session;
        record(instructor, id, first);
      }
      // every other course in a cohort of its own: the learner and one imported, one session
      for (int c = 1; c < n; c++) {
        long other = cohort(admin, courses.get(c), "Angkatan Lain", instructorNip);
        List<String> both = List.of(learnerNip, imported.get(n - 2 + c));
        enrol(admin, other, both);
        record(instructor, AttendanceIT.session(instructor, other, "Hari 1", "webinar"), both);
      }

      String target = today.plusDays(30).toString();
      for (String course : courses) {
        Tests.takeWithFirstOptions(learner, course, "PRE_TEST");
        for (String lesson : course.equals(courses.get(0)) ? lessons : lessons.subList(0, 3)) {
          learner.get("api/v1/courses/" + course + "/lessons/" + lesson);
          learner.post("api/v1/courses/" + course + "/lessons/" + lesson + "/completion", "");
        }
        Api.Reply plan =
            learner.put(
                "api/v1/action-plans/mine/" + course,
                "{\"supervisorNip\":\"%s\",\"actions\":[{\"description\":\"Menerapkan SOP\",\"indicator\":\"SOP dipakai\",\"targetOn\":\"%s\"}]}"
                    .formatted(supervisorNip, target));
        assertEquals(201, plan.status(), plan::toString);
      }

      // n + 2 forms: participants at course end (n of them), per session, and supervisors
      List<String> forms = new ArrayList<>();
      for (int f = 0; f < n; f++) {
        forms.add(form("akhir-" + f, "PARTICIPANT", "COURSE_END"));
      }
      forms.add(form("sesi", "PARTICIPANT", "PER_SESSION"));
      forms.add(form("atasan", "SUPERVISOR", "COURSE_END"));
      for (String form : forms) {
        Api.Reply created = admin.post("api/v1/evaluation/custom-forms", form);
        assertEquals(201, created.status(), created::toString);
      }
      return new World(
          region,
          tag,
          admin,
          instructor,
          instructorNip,
          evaluator,
          learner,
          learnerNip,
          supervisor,
          supervisorNip,
          courses,
          lessons,
          cohorts,
          session,
          n);
    }

    private static long cohort(Api admin, String course, String name, String instructorNip) {
      LocalDate today = LocalDate.now();
      Api.Reply created =
          admin.post(
              "api/v1/cohorts",
              "{\"course\":\"%s\",\"name\":\"%s\",\"startsOn\":\"%s\",\"endsOn\":\"%s\",\"capacity\":30,\"selfEnrolment\":false,\"instructors\":[\"%s\"]}"
                  .formatted(course, name, today.minusDays(3), today.plusDays(10), instructorNip));
      assertEquals(201, created.status(), created::toString);
      return created.json().getJsonNumber("id").longValue();
    }

    private static void enrol(Api admin, long cohort, List<String> nips) {
      Api.Reply enrolled =
          admin.postBytes(
              "api/v1/cohorts/" + cohort + "/enrolments/import",
              "text/csv",
              ("nip\n" + String.join("\n", nips) + "\n").getBytes(StandardCharsets.UTF_8));
      assertEquals(nips.size(), enrolled.json().getInt("enrolled"), enrolled::toString);
    }

    private static void record(Api instructor, long session, List<String> nips) {
      StringBuilder json = new StringBuilder("{\"records\":[");
      for (String nip : nips) {
        json.append(json.charAt(json.length() - 1) == '[' ? "" : ",")
            .append("{\"nip\":\"")
            .append(nip)
            .append("\",\"present\":true}");
      }
      Api.Reply recorded =
          instructor.put("api/v1/attendance/sessions/" + session + "/records", json + "]}");
      assertEquals(200, recorded.status(), recorded::toString);
    }

    private static String form(String id, String audience, String timing) {
      return """
          {"id":"%s","title":"Formulir %s","audience":"%s","timing":{"kind":"%s","daysAfter":0},
           "anonymous":true,"sections":[{"title":"Penerapan","items":[
             {"id":"nilai","kind":"RATING","text":"Nilai","required":true,"scaleMin":1,"scaleMax":5}]}]}
          """
          .formatted(id, id, audience, timing);
    }
  }
}
