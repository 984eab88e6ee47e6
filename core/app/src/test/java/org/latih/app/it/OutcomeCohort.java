package org.latih.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A small cohort in a region of its own, seeded through the API for the outcome reports' tests: a
 * course worth 12 JP with a four-question pre-test and post-test (25 points a question, 70% to
 * pass), a cohort with one attendance session, and five learners:
 *
 * <pre>
 * learner  unit     pre  post  present  completed (JP)
 * ani      Dinas A   25   100  yes      yes (12)
 * budi     Dinas A   50    75  yes      yes (12)
 * citra    Dinas A   50    50  no       no  (failed the post-test)
 * dedi     Dinas B    0     -  yes      no  (lessons not done)
 * eka      Dinas B    -     -  -        no training at all
 * </pre>
 *
 * <p>Ani and Budi answer the region's participants' form (materi 4 and 3, sarana 3 and 2 on 1–4);
 * Ani's action plan of two actions is followed up by Budi as her supervisor (one done, one partly,
 * score 3).
 */
record OutcomeCohort(
    String region,
    String course,
    String courseTitle,
    long cohort,
    String cohortName,
    String unitA,
    String unitB,
    Map<String, String> nips,
    Api evaluator) {

  static final int JP = 12;

  static OutcomeCohort seed(URL base) {
    String region = Regions.create(base, "hasil");
    String tag = region.substring(region.indexOf('-') + 1);
    String unitA = "Dinas A " + tag;
    String unitB = "Dinas B " + tag;
    String course = CoursePackages.newId("hasil");
    String title = "Pelayanan Hasil " + tag;
    String instructorNip = People.create(base, region, "INSTRUCTOR");
    Api instructor = People.signIn(base, instructorNip);
    Api.Reply uploaded =
        instructor.postBytes("api/v1/course-packages", "application/zip", pkg(course, title).zip());
    assertEquals(200, uploaded.status(), uploaded::toString);
    assertEquals(
        200, instructor.patch("api/v1/courses/" + course, "{\"published\":true}").status());
    Api admin = People.signIn(base, People.create(base, region, "REGIONAL_ADMIN"));
    String cohortName = "Angkatan I " + tag;
    LocalDate today = LocalDate.now();
    Api.Reply made =
        admin.post(
            "api/v1/cohorts",
            "{\"course\":\"%s\",\"name\":\"%s\",\"startsOn\":\"%s\",\"endsOn\":\"%s\",\"capacity\":30,\"selfEnrolment\":false,\"instructors\":[\"%s\"]}"
                .formatted(
                    course, cohortName, today.minusDays(3), today.plusDays(10), instructorNip));
    assertEquals(201, made.status(), made::toString);
    long cohort = made.json().getJsonNumber("id").longValue();

    Map<String, String> nips = new java.util.LinkedHashMap<>();
    nips.put("ani", person(base, region, "Ani", unitA, "Analis Kebijakan", "III/a"));
    nips.put("budi", person(base, region, "Budi", unitA, "Analis Kebijakan", "III/b"));
    nips.put("citra", person(base, region, "Citra", unitA, "Pranata Komputer", "III/a"));
    nips.put("dedi", person(base, region, "Dedi", unitB, "Pranata Komputer", "II/c"));
    nips.put("eka", person(base, region, "Eka", unitB, "Analis Kebijakan", "III/a"));
    for (String who : List.of("ani", "budi", "citra", "dedi")) {
      AttendanceIT.enrol(admin, cohort, nips.get(who));
    }
    long session = AttendanceIT.session(admin, cohort, "Hari 1", "classroom");
    Api.Reply sheet =
        instructor.put(
            "api/v1/attendance/sessions/" + session + "/records",
            AttendanceIT.sheet(
                new java.util.TreeMap<>(
                    Map.of(
                        nips.get("ani"), true,
                        nips.get("budi"), true,
                        nips.get("citra"), false,
                        nips.get("dedi"), true))));
    assertEquals(200, sheet.status(), sheet::toString);

    take(base, nips.get("ani"), course, 1, 4);
    take(base, nips.get("budi"), course, 2, 3);
    take(base, nips.get("citra"), course, 2, 2);
    take(base, nips.get("dedi"), course, 0, -1);
    react(admin, base, nips, course, tag);
    followUp(base, nips, course);
    Api evaluator = People.signIn(base, People.create(base, region, "EVALUATOR"));
    return new OutcomeCohort(
        region, course, title, cohort, cohortName, unitA, unitB, nips, evaluator);
  }

  /**
   * Level 1: a participants' form of the region with two 1–4 items, "materi" and "sarana"; ani
   * answers 4 and 3, budi 3 and 2 (means 3.5 and 2.5).
   */
  private static void react(
      Api admin, URL base, Map<String, String> nips, String course, String tag) {
    String form = "reaksi-" + tag;
    Api.Reply made =
        admin.post(
            "api/v1/evaluation/custom-forms",
            """
            {"id":"%s","title":"Reaksi peserta","audience":"PARTICIPANT",
             "timing":{"kind":"COURSE_END","daysAfter":0},"anonymous":false,
             "sections":[{"title":"Penyelenggaraan","items":[
               {"id":"manfaat","kind":"LIKERT","text":"Materi bermanfaat","required":true,
                "aspect":"materi","scaleMin":1,"scaleMax":4,"scaleLabels":[]},
               {"id":"ruang","kind":"LIKERT","text":"Ruang nyaman","required":true,
                "aspect":"sarana","scaleMin":1,"scaleMax":4,"scaleLabels":[]},
               {"id":"saran","kind":"TEXT","text":"Saran"}]}]}
            """
                .formatted(form));
    assertEquals(201, made.status(), made::toString);
    String[][] answers = {{"ani", "4", "3"}, {"budi", "3", "2"}};
    for (String[] a : answers) {
      Api.Reply answered =
          People.signIn(base, nips.get(a[0]))
              .post(
                  "api/v1/evaluation/responses",
                  "{\"pluginId\":\"local\",\"formId\":\"%s\",\"course\":\"%s\",\"answers\":{\"manfaat\":\"%s\",\"ruang\":\"%s\",\"saran\":\"Lebih banyak praktik\"}}"
                      .formatted(form, course, a[1], a[2]));
      assertEquals(201, answered.status(), answered::toString);
    }
  }

  /**
   * Level 3: ani writes an action plan of two actions naming budi as her supervisor, who follows it
   * up: one done, one partly, overall score 3.
   */
  private static void followUp(URL base, Map<String, String> nips, String course) {
    Api ani = People.signIn(base, nips.get("ani"));
    String mine = "api/v1/action-plans/mine/" + course;
    String target = ani.get(mine).json().getString("latestTarget");
    Api.Reply written =
        ani.put(
            mine,
            ("{\"supervisorNip\":\"%s\",\"actions\":["
                    + "{\"description\":\"Menyusun SOP\",\"indicator\":\"SOP terbit\",\"targetOn\":\"%s\"},"
                    + "{\"description\":\"Melatih rekan\",\"indicator\":\"Dua rekan dilatih\",\"targetOn\":\"%s\"}]}")
                .formatted(nips.get("budi"), target, target));
    assertEquals(201, written.status(), written::toString);
    long plan = written.json().getJsonNumber("id").longValue();
    Api.Reply followed =
        People.signIn(base, nips.get("budi"))
            .put(
                "api/v1/action-plans/" + plan + "/follow-up",
                "{\"actions\":[{\"status\":\"TERLAKSANA\"},{\"status\":\"SEBAGIAN\"}],\"score\":3}");
    assertEquals(200, followed.status(), followed::toString);
  }

  /** A learner of {@code region} named {@code name} and their NIP's end; returns the NIP. */
  static String person(
      URL base, String region, String name, String unit, String jabatan, String golongan) {
    String nip = Api.newNip();
    Api.Reply reply =
        Api.admin(base)
            .post(
                "api/v1/users",
                "{\"nip\":\"%s\",\"name\":\"%s %s\",\"unitKerja\":\"%s\",\"jabatan\":\"%s\",\"golongan\":\"%s\",\"region\":\"%s\",\"roles\":[\"LEARNER\"],\"password\":\"%s\"}"
                    .formatted(
                        nip,
                        name,
                        nip.substring(14),
                        unit,
                        jabatan,
                        golongan,
                        region,
                        People.PASSWORD));
    assertEquals(201, reply.status(), reply::toString);
    return nip;
  }

  /** Four questions; "benar" is right. */
  private static String questions(String prefix) {
    StringBuilder gift = new StringBuilder();
    for (int i = 1; i <= 4; i++) {
      gift.append(
          "::%s%d:: Pertanyaan %s nomor %d? {=benar ~salah}\n\n".formatted(prefix, i, prefix, i));
    }
    return gift.toString();
  }

  private static CoursePackages pkg(String id, String title) {
    CoursePackages pkg = CoursePackages.valid(id, "1.0.0");
    pkg.text(
        "manifest.json",
        """
        {"id": "%s", "version": "1.0.0", "title": "%s",
         "description": "Kursus kecil untuk laporan hasil.", "jp": %d,
         "competencyType": "teknis", "language": "id", "tags": ["uji"],
         "modules": [
           {"title": "Modul 1", "lessons": ["lessons/01-satu.md", "lessons/02-dua.md"]},
           {"title": "Modul 2", "lessons": ["lessons/03-tiga.md"]}],
         "preTest": "questions/pre-test.gift", "postTest": "questions/post-test.gift"}
        """
            .formatted(id, title, JP));
    pkg.text("questions/pre-test.gift", questions("PRE"));
    pkg.text("questions/post-test.gift", questions("POST"));
    return pkg;
  }

  /**
   * Takes the pre-test with {@code pre} right answers, then (post >= 0) the lessons and the
   * post-test.
   */
  private static void take(URL base, String nip, String course, int pre, int post) {
    Api learner = People.signIn(base, nip);
    answer(learner, course, "PRE_TEST", pre);
    if (post < 0) {
      return;
    }
    for (String lesson : List.of("01-satu", "02-dua", "03-tiga")) {
      learner.get("api/v1/courses/" + course + "/lessons/" + lesson);
      learner.post("api/v1/courses/" + course + "/lessons/" + lesson + "/completion", "");
    }
    answer(learner, course, "POST_TEST", post);
  }

  private static void answer(Api learner, String course, String kind, int right) {
    JsonObject attempt = Tests.start(learner, Tests.quizId(learner, course, kind));
    long id = attempt.getJsonNumber("id").longValue();
    int given = 0;
    for (JsonObject q : attempt.getJsonArray("questions").getValuesAs(JsonObject.class)) {
      String text = given++ < right ? "benar" : "salah";
      Api.Reply saved =
          Tests.answer(
              learner,
              id,
              q.getInt("position"),
              1,
              "{\"choices\":[\"" + AssessmentIT.idOf(q.getJsonArray("options"), text) + "\"]}");
      assertEquals(200, saved.status(), saved::toString);
    }
    JsonObject result = Tests.submit(learner, id).getJsonObject("result");
    assertEquals(25.0 * right, result.getJsonNumber("percent").doubleValue(), 1e-9, kind);
    assertTrue(result.containsKey("percent"));
  }
}
