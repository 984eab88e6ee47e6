package org.latih.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Statement budgets of the outcome reports, read from the X-Latih-Statements header (which also
 * counts what a plugin call runs on its own thread): a regional plugin's report, a course's
 * learning gain and a quiz's item analysis cost the same few statements for one learner as for
 * seven, and still show what the learners did. Bengkulu's exam report reads enrolments, pre- and
 * post-test scores and the participants' feedback form; its delivery report reads the cohort's
 * attendance and scores. Only those parts of the outcome data are read for each. Both are asked for
 * the course and for the course and year, which the host narrows differently, and must agree.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportBudgetIT {

  private static final String PLUGIN = "latih-bengkulu";
  private static final String EXAMS = "hasil-ujian-dan-umpan-balik";
  private static final String DELIVERY = "tatap-muka-dan-online";
  private static final String FEEDBACK = "umpan-balik-tempo-materi";
  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  private static final int MANY = 7;

  @ArquillianResource URL base;

  /** What the endpoints answered with one and with seven learners; made once for all tests. */
  private static Measured one;

  private static Measured seven;
  private static Api.Reply analysisOfTwo;
  private static Api admin;

  private record Measured(
      int learners,
      List<Double> pre,
      Api.Reply report,
      Api.Reply reportOfYear,
      Api.Reply delivery,
      Api.Reply deliveryOfYear,
      Api.Reply gain,
      Api.Reply analysis) {}

  /** The course, its cohort and the cohort's one classroom session, with its attendance sheet. */
  private record Course(
      String code,
      Api instructor,
      Api evaluator,
      long preTest,
      long postTest,
      long cohort,
      long session,
      Map<String, Boolean> sheet) {}

  @AfterAll
  static void uninstall() {
    if (admin != null) {
      admin.delete("api/v1/plugins/" + PLUGIN);
    }
  }

  /** One learner, then a second (item analysis needs two attempts), then five more. */
  private void measure() throws Exception {
    if (seven != null) {
      return;
    }
    admin = People.signIn(base, People.create(base, "bengkulu", "REGIONAL_ADMIN"));
    byte[] jar =
        Files.readAllBytes(
            Path.of("../../plugins/bengkulu/target/latih-plugin-bengkulu-1.0.0.jar"));
    Api.Reply installed = admin.postBytes("api/v1/plugins", "application/java-archive", jar);
    assertEquals(201, installed.status(), installed::toString);
    Course course = course();
    List<Double> pre = new ArrayList<>();
    int year = learn(course, 0, pre);
    one = read(course, year, pre);
    learn(course, 1, pre);
    analysisOfTwo = analysis(course);
    for (int i = 2; i < MANY; i++) {
      learn(course, i, pre);
    }
    seven = read(course, year, pre);
  }

  private Measured read(Course course, int year, List<Double> pre) {
    String exams = "api/v1/evaluation/reports/" + PLUGIN + "/" + EXAMS + "?course=";
    String delivery = "api/v1/evaluation/reports/" + PLUGIN + "/" + DELIVERY + "?course=";
    return new Measured(
        pre.size(),
        List.copyOf(pre),
        course.evaluator().get(exams + course.code()),
        course.evaluator().get(exams + course.code() + "&year=" + year),
        course.evaluator().get(delivery + course.code()),
        course.evaluator().get(delivery + course.code() + "&year=" + year),
        course.instructor().get("api/v1/courses/" + course.code() + "/gain"),
        pre.size() < 2 ? null : analysis(course));
  }

  private static Api.Reply analysis(Course course) {
    return course.instructor().get("api/v1/quizzes/" + course.preTest() + "/analysis");
  }

  /**
   * A Bengkulu course with a pre-test and a post-test of two questions each and one lesson, and a
   * cohort with one classroom session.
   */
  private Course course() {
    String code = CoursePackages.newId("laporan");
    String instructorNip = People.create(base, "bengkulu", "INSTRUCTOR");
    Api instructor = People.signIn(base, instructorNip);
    String gift = "::S1:: Soal nomor 1? {=benar ~salah}\n\n::S2:: Soal nomor 2? {=benar ~salah}\n";
    Api.Reply uploaded =
        instructor.postBytes(
            "api/v1/course-packages",
            "application/zip",
            new CoursePackages()
                .text(
                    "manifest.json",
                    """
                    {"id": "%s", "version": "1.0.0", "title": "Kursus Anggaran %s",
                     "description": "Kursus kecil untuk anggaran pernyataan.", "jp": 2,
                     "competencyType": "teknis", "language": "id", "tags": ["uji"],
                     "modules": [{"title": "Modul 1", "lessons": ["lessons/01-satu.md"]}],
                     "preTest": "questions/pre-test.gift", "postTest": "questions/post-test.gift"}
                    """
                        .formatted(code, code))
                .text("lessons/01-satu.md", "---\ntitle: Satu\n---\n\nIsi pelajaran.\n")
                .text("questions/pre-test.gift", gift)
                .text("questions/post-test.gift", gift)
                .zip());
    assertEquals(200, uploaded.status(), uploaded::toString);
    instructor.patch("api/v1/courses/" + code, "{\"published\":true}");
    Api evaluator = People.signIn(base, People.create(base, "bengkulu", "EVALUATOR"));
    LocalDate today = LocalDate.now();
    Api.Reply cohort =
        admin.post(
            "api/v1/cohorts",
            "{\"course\":\"%s\",\"name\":\"Angkatan Anggaran\",\"startsOn\":\"%s\",\"endsOn\":\"%s\",\"capacity\":30,\"selfEnrolment\":false,\"instructors\":[\"%s\"]}"
                .formatted(code, today.minusDays(3), today.plusDays(10), instructorNip));
    assertEquals(201, cohort.status(), cohort::toString);
    long cohortId = cohort.json().getJsonNumber("id").longValue();
    return new Course(
        code,
        instructor,
        evaluator,
        Tests.quizId(instructor, code, "PRE_TEST"),
        Tests.quizId(instructor, code, "POST_TEST"),
        cohortId,
        AttendanceIT.session(admin, cohortId, "Tatap muka anggaran", "classroom"),
        new LinkedHashMap<>());
  }

  /**
   * Learner {@code i} is enrolled in the cohort (learner 1 enrols on their own, without one), gets
   * {@code i % 3} of the two pre-test questions right, reads the lesson, passes the post-test with
   * full marks (which completes the course) and answers the feedback form, every other one finding
   * the pace too fast; cohort members with an even number were at the session. Returns the
   * completion's year (WIB).
   */
  private int learn(Course course, int i, List<Double> pre) {
    String nip = People.create(base, "bengkulu", "LEARNER");
    Api learner = People.signIn(base, nip);
    if (i == 1) {
      assertEquals(
          201, learner.post("api/v1/courses/" + course.code() + "/enrolment", "{}").status());
    } else {
      AttendanceIT.enrol(admin, course.cohort(), nip);
      course.sheet().put(nip, i % 2 == 0);
      Api.Reply recorded =
          admin.put(
              "api/v1/attendance/sessions/" + course.session() + "/records",
              AttendanceIT.sheet(course.sheet()));
      assertEquals(200, recorded.status(), recorded::toString);
    }
    int right = i % 3;
    take(learner, course.preTest(), right);
    pre.add(right * 50.0);
    learner.get("api/v1/courses/" + course.code() + "/lessons/01-satu");
    learner.post("api/v1/courses/" + course.code() + "/lessons/01-satu/completion", "");
    take(learner, course.postTest(), 2);
    JsonObject progress =
        learner.get("api/v1/courses/" + course.code()).json().getJsonObject("progress");
    assertTrue(progress.containsKey("completedAt"), progress::toString);
    String pace = i % 2 == 0 ? "Terlalu cepat" : "Sesuai";
    Api.Reply answered =
        learner.post(
            "api/v1/evaluation/responses",
            "{\"pluginId\":\""
                + PLUGIN
                + "\",\"formId\":\""
                + FEEDBACK
                + "\",\"course\":\""
                + course.code()
                + "\",\"answers\":{\"tempo\":\""
                + pace
                + "\",\"perlu-sesi-tambahan\":\"Tidak\",\"materi-relevan\":\"4\","
                + "\"materi-teknologi\":\"4\",\"ujian-sesuai-materi\":\"5\","
                + "\"moda-diikuti\":\"Online\",\"narasumber-berpengalaman\":\"4\","
                + "\"akses-fleksibel\":\"5\"}}");
    assertEquals(201, answered.status(), answered::toString);
    return Instant.parse(progress.getString("completedAt")).atZone(WIB).getYear();
  }

  /** Takes a two-question test, answering the first {@code right} questions right. */
  private static void take(Api learner, long quiz, int right) {
    JsonObject attempt = Tests.start(learner, quiz);
    long id = attempt.getJsonNumber("id").longValue();
    for (JsonObject q : attempt.getJsonArray("questions").getValuesAs(JsonObject.class)) {
      int number = q.getString("text").contains("nomor 1") ? 1 : 2;
      String want = number <= right ? "benar" : "salah";
      String response =
          q.getJsonArray("options").getValuesAs(JsonObject.class).stream()
              .filter(o -> o.getString("text").equals(want))
              .map(Tests::choices)
              .findFirst()
              .orElseThrow(() -> new AssertionError("no option " + want + " in " + q));
      assertEquals(200, Tests.answer(learner, id, q.getInt("position"), 1, response).status());
    }
    Tests.submit(learner, id);
  }

  private static int statements(Api.Reply reply) {
    assertEquals(200, reply.status(), reply::toString);
    String header = reply.header("X-Latih-Statements");
    assertTrue(header != null, "the test server reports statements: " + reply);
    return Integer.parseInt(header);
  }

  private static double mean(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
  }

  private static String figure(Api.Reply report, String label) {
    return report.json().getJsonArray("keyFigures").getValuesAs(JsonObject.class).stream()
        .filter(f -> f.getString("label").equals(label))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no key figure " + label + ": " + report))
        .getString("value");
  }

  /** As the Bengkulu report writes a number: one decimal, Indonesian style. */
  private static String id(double value) {
    return String.format(Locale.forLanguageTag("id-ID"), "%.1f", value);
  }

  @Test
  void aPluginReportCostsTheSameForOneLearnerAsForSeven() throws Exception {
    measure();
    for (Measured m : List.of(one, seven)) {
      for (Api.Reply report : List.of(m.report(), m.reportOfYear())) {
        assertEquals(
            String.valueOf(m.learners()), figure(report, "Peserta dengan nilai post-test"));
        assertEquals(id(mean(m.pre())), figure(report, "Rata-rata pre-test"), report::toString);
        assertEquals(id(100.0), figure(report, "Rata-rata post-test"));
        long tooFast = (m.learners() + 1) / 2;
        assertEquals(
            id(100.0 * tooFast / m.learners()), figure(report, "Tempo terlalu cepat"), "%");
      }
    }
    assertEquals(statements(one.report()), statements(seven.report()), "1 and 7 learners");
    assertEquals(statements(one.reportOfYear()), statements(seven.reportOfYear()));
    // Only the parts of the outcome data the report reads are read: 6 and 8 (the year's cohorts
    // are read first) on H2, where reading every part took 9 and 11, the attendance three of them.
    assertTrue(statements(seven.report()) <= 7, "the report ran " + statements(seven.report()));
    assertTrue(
        statements(seven.reportOfYear()) <= 9,
        "for a year it ran " + statements(seven.reportOfYear()));
    // and none left out of the count: the delivery report's attendance, read on a thread of its
    // own (three statements), beside its enrolments and scores, and the sign-in check (8 in all)
    assertTrue(statements(seven.delivery()) >= 7, "counted " + statements(seven.delivery()));
  }

  @Test
  void aYearsReportKeepsTheAttendanceAndScoresOfTheYearsCohort() throws Exception {
    measure();
    for (Measured m : List.of(one, seven)) {
      // everyone but learner 1 is in the cohort; those with an even number were there
      long members = m.learners() - (m.learners() > 1 ? 1 : 0);
      long present = IntStream.range(0, m.learners()).filter(i -> i != 1 && i % 2 == 0).count();
      for (Api.Reply report : List.of(m.delivery(), m.deliveryOfYear())) {
        assertEquals(id(100.0 * present / members), figure(report, "Tingkat kehadiran"), "%");
        List<String> faceToFace =
            report
                .json()
                .getJsonArray("tables")
                .getJsonObject(0)
                .getJsonArray("rows")
                .getJsonArray(0)
                .getValuesAs(JsonString.class)
                .stream()
                .map(JsonString::getString)
                .toList();
        assertEquals("Tatap muka", faceToFace.get(0));
        assertEquals(String.valueOf(members), faceToFace.get(1), "attendance records");
        assertEquals(String.valueOf(members), faceToFace.get(4), "cohort members with a score");
      }
    }
  }

  @Test
  void theLearningGainCostsTheSameForOneLearnerAsForSeven() throws Exception {
    measure();
    for (Measured m : List.of(one, seven)) {
      JsonObject gain = m.gain().json();
      assertEquals(m.learners(), gain.getInt("learners"), gain::toString);
      JsonObject cohort = gain.getJsonObject("cohort");
      assertEquals(m.learners(), cohort.getInt("n"));
      assertEquals(mean(m.pre()), cohort.getJsonNumber("meanPre").doubleValue(), 1e-9);
      assertEquals(100.0, cohort.getJsonNumber("meanPost").doubleValue(), 1e-9);
    }
    assertEquals(statements(one.gain()), statements(seven.gain()), "1 and 7 learners");
    assertTrue(statements(seven.gain()) <= 10, "the gain ran " + statements(seven.gain()));
  }

  @Test
  void theItemAnalysisCostsTheSameForTwoAttemptsAsForSeven() throws Exception {
    measure();
    for (Api.Reply reply : List.of(analysisOfTwo, seven.analysis())) {
      JsonObject analysis = reply.json();
      int learners = analysis.getInt("attempts");
      assertEquals(reply == analysisOfTwo ? 2 : MANY, learners, analysis::toString);
      // learner i got the first i % 3 questions right
      for (JsonObject item : analysis.getJsonArray("items").getValuesAs(JsonObject.class)) {
        int question = item.getString("name").equals("S1") ? 1 : 2;
        long right = IntStream.range(0, learners).filter(i -> i % 3 >= question).count();
        assertEquals((double) right / learners, item.getJsonNumber("facility").doubleValue(), 1e-9);
      }
    }
    assertEquals(statements(analysisOfTwo), statements(seven.analysis()), "2 and 7 attempts");
    assertTrue(
        statements(seven.analysis()) <= 10, "the analysis ran " + statements(seven.analysis()));
  }
}
