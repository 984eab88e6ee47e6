package org.latih.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.latih.testing.plugin.PluginJars;

/**
 * What the authorisation matrix calls its endpoints on: one person of each role in two regions, and
 * objects of region A (Kupang) that all belong to this run. Objects a successful call would consume
 * (deleted, or no longer in the state the next caller needs) are made afresh per call by the {@code
 * throwaway*} methods.
 */
final class MatrixFixture {

  static final String REGION_A = "kupang";
  static final String REGION_B = "solok";

  /** The identities in the table's column order; anonymous first. */
  static final List<String> IDENTITIES =
      List.of(
          "anonymous",
          "learner-a",
          "instructor-a",
          "evaluator-a",
          "regional-admin-a",
          "system-admin-a",
          "learner-b",
          "instructor-b",
          "evaluator-b",
          "regional-admin-b",
          "system-admin-b");

  private static final String THROWAWAY_TEXT = "Pertanyaan sekali pakai matriks ";

  final URL base;
  final Map<String, Api> callers = new LinkedHashMap<>();
  final String learnerA;
  final String instructorA;
  final String evaluatorA;
  final String systemAdminA;
  final String subjectA;
  final long subjectAId;
  final String course;
  final long cohort;
  final long session;
  final long quiz;
  final long attempt;
  final long question;
  final long plan;
  final String form;
  final long assignment;
  final long indicator;
  final String plugin;

  /** An upload by region A's admin waiting for approval. */
  final long upload;

  /** A region of the matrix's own, whose approval requirement system admins switch. */
  final String approvalRegion;

  final long certificate;
  final String certificateCode;
  final String exportJob;

  MatrixFixture(URL base) {
    this.base = base;
    callers.put("anonymous", Api.anonymous(base));
    learnerA = People.create(base, REGION_A, "LEARNER");
    instructorA = People.create(base, REGION_A, "INSTRUCTOR");
    evaluatorA = People.create(base, REGION_A, "EVALUATOR");
    String adminA = People.create(base, REGION_A, "REGIONAL_ADMIN");
    systemAdminA = People.create(base, REGION_A, "SYSTEM_ADMIN");
    for (var person :
        Map.of(
                "learner-a", learnerA,
                "instructor-a", instructorA,
                "evaluator-a", evaluatorA,
                "regional-admin-a", adminA,
                "system-admin-a", systemAdminA)
            .entrySet()) {
      callers.put(person.getKey(), People.signIn(base, person.getValue()));
    }
    for (String role :
        List.of("learner", "instructor", "evaluator", "regional-admin", "system-admin")) {
      String nip = People.create(base, REGION_B, role.toUpperCase().replace('-', '_'));
      callers.put(role + "-b", People.signIn(base, nip));
    }
    subjectA = People.create(base, REGION_A, "LEARNER");
    subjectAId = People.idOf(base, subjectA);

    course = throwawayCourse();
    Api learner = api("learner-a");
    Api admin = api("regional-admin-a");
    // enrolled through the cohort: a learner already enrolled by themselves cannot join one
    cohort = cohort(admin);
    AttendanceIT.enrol(admin, cohort, learnerA);
    quiz = Tests.quizId(learner, course, "PRE_TEST");
    attempt = submittedAttempt(learner);
    for (String lesson : List.of("01-satu", "02-dua", "03-tiga")) {
      learner.get("api/v1/courses/" + course + "/lessons/" + lesson);
      learner.post("api/v1/courses/" + course + "/lessons/" + lesson + "/completion", "");
    }
    session = throwawaySession();
    question = throwawayQuestion();
    plan = actionPlan(learner);
    form = throwawayForm();
    assignment = throwawayAssignment(form);
    indicator = throwawayIndicator();
    plugin = throwawayPlugin();
    upload = throwawayUpload();
    approvalRegion = Regions.create(base, "matriks");
    // learner A completed the course: their certificate, and region A's letterhead with a logo
    JsonObject issued =
        ((jakarta.json.JsonArray) learner.get("api/v1/me/certificates").structure())
            .getJsonObject(0);
    certificate = issued.getJsonNumber("id").longValue();
    certificateCode = issued.getString("verifyCode");
    Api.Reply letterhead =
        admin.put(
            "api/v1/report/letterhead",
            "{\"agency\":\"BKPSDM Kota Kupang\",\"addressLines\":[\"Jl. Matriks 1\"]}");
    assertEquals(200, letterhead.status(), letterhead::toString);
    Api.Reply logo =
        admin.putBytes("api/v1/report/letterhead/logo", "image/png", CertificatesIT.png(40, 40));
    assertEquals(200, logo.status(), logo::toString);
    exportJob = finishedExport();
  }

  /** Evaluator A's export of the course's attendance, finished, so its file can be asked for. */
  private String finishedExport() {
    Api evaluator = api("evaluator-a");
    Api.Reply started =
        evaluator.post(
            "api/v1/report/exports",
            "{\"kind\":\"attendance\",\"format\":\"csv\",\"course\":\"%s\"}".formatted(course));
    assertEquals(202, started.status(), started::toString);
    String id = started.json().getString("id");
    try {
      String state =
          Waits.until(
              () -> evaluator.get("api/v1/report/exports/" + id).json().getString("state"),
              s -> s.equals("DONE") || s.equals("FAILED"),
              java.time.Duration.ofSeconds(60));
      assertEquals("DONE", state);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return id;
  }

  Api api(String identity) {
    return callers.get(identity);
  }

  /** A published course of region A, its instructor's, with a pre-test and an attachment. */
  String throwawayCourse() {
    String code = CoursePackages.newId("matriks");
    Api instructor = People.signIn(base, instructorA);
    Api.Reply uploaded =
        instructor.postBytes(
            "api/v1/course-packages", "application/zip", CoursePackages.valid(code, "1.0.0").zip());
    assertEquals(200, uploaded.status(), uploaded::toString);
    assertEquals(200, instructor.patch("api/v1/courses/" + code, "{\"published\":true}").status());
    return code;
  }

  /** The learner's pre-test, answered and submitted: calls on it cannot change it any more. */
  private long submittedAttempt(Api learner) {
    JsonObject started = Tests.start(learner, quiz);
    long id = started.getJsonNumber("id").longValue();
    for (JsonObject q : started.getJsonArray("questions").getValuesAs(JsonObject.class)) {
      Tests.answer(
          learner,
          id,
          q.getInt("position"),
          1,
          Tests.choices(q.getJsonArray("options").getJsonObject(0)));
    }
    Tests.submit(learner, id);
    return id;
  }

  private long cohort(Api admin) {
    Api.Reply created =
        admin.post(
            "api/v1/cohorts",
            "{\"course\":\"%s\",\"name\":\"Angkatan Matriks\",\"startsOn\":\"%s\",\"endsOn\":\"%s\",\"capacity\":30,\"selfEnrolment\":false,\"instructors\":[\"%s\"]}"
                .formatted(
                    course,
                    LocalDate.now().minusDays(3),
                    LocalDate.now().plusDays(10),
                    instructorA));
    assertEquals(201, created.status(), created::toString);
    return created.json().getJsonNumber("id").longValue();
  }

  long throwawaySession() {
    return AttendanceIT.session(api("instructor-a"), cohort, "Sesi matriks", "classroom");
  }

  long throwawayQuestion() {
    String text = THROWAWAY_TEXT + System.nanoTime();
    Api instructor = api("instructor-a");
    Api.Reply imported =
        instructor.postBytes(
            "api/v1/courses/" + course + "/questions/import?format=gift",
            "text/plain",
            ("::M:: " + text + "? {=ya ~tidak}\n").getBytes(StandardCharsets.UTF_8));
    assertEquals(200, imported.status(), imported::toString);
    return instructor
        .get("api/v1/courses/" + course + "/questions?q=" + text.replace(' ', '+'))
        .json()
        .getJsonArray("items")
        .getJsonObject(0)
        .getJsonNumber("id")
        .longValue();
  }

  private long actionPlan(Api learner) {
    Api.Reply written = learner.put("api/v1/action-plans/mine/" + course, planBody());
    // the course is new, so this first write creates the plan
    assertEquals(201, written.status(), written::toString);
    return written.json().getJsonNumber("id").longValue();
  }

  String planBody() {
    return "{\"supervisorNip\":\"%s\",\"actions\":[{\"description\":\"Menyusun jadwal kerja\",\"indicator\":\"Jadwal dipakai\",\"targetOn\":\"%s\"}]}"
        .formatted(evaluatorA, LocalDate.now().plusMonths(2));
  }

  String throwawayForm() {
    String id = "matriks-" + Api.newNip().substring(10);
    Api.Reply created =
        api("regional-admin-a").post("api/v1/evaluation/custom-forms", customForm(id));
    assertEquals(201, created.status(), created::toString);
    return id;
  }

  private static String customForm(String id) {
    return """
        {"id":"%s","title":"Survei %s","audience":"PARTICIPANT","timing":{"kind":"COURSE_END","daysAfter":0},
         "anonymous":false,"sections":[{"title":"Materi","items":[
           {"id":"saran","kind":"TEXT","text":"Saran"}]}]}
        """
        .formatted(id, id);
  }

  long throwawayAssignment(String formId) {
    Api.Reply added =
        api("regional-admin-a")
            .post(
                "api/v1/evaluation/assignments/local/" + formId, "{\"course\":\"" + course + "\"}");
    assertEquals(201, added.status(), added::toString);
    return added.json().getJsonNumber("id").longValue();
  }

  long throwawayIndicator() {
    Api.Reply recorded =
        api("regional-admin-a")
            .post(
                "api/v1/indicators",
                "{\"unitKerja\":\"Unit Matriks %d\",\"indicator\":\"ikm\",\"period\":\"2025\",\"value\":80}"
                    .formatted(System.nanoTime() % 1_000_000));
    assertEquals(201, recorded.status(), recorded::toString);
    return recorded.json().getJsonNumber("id").longValue();
  }

  /** A plugin installed for region A, with one participant form and one report. */
  String throwawayPlugin() {
    String id = PluginJars.newId("matriks");
    byte[] jar =
        PluginJars.forms(id, "1.0.0", PluginJars.oneForm("Kepuasan matriks"))
            .withReports(
                "return new Report(\"matriks\", List.of(), List.of(), List.of(), List.of());")
            .bytes();
    Api.Reply installed =
        api("regional-admin-a").postBytes("api/v1/plugins", "application/java-archive", jar);
    assertEquals(201, installed.status(), installed::toString);
    return id;
  }

  /**
   * An upload by region A's admin that waits for approval: region A requires approval only while it
   * is uploaded, so that other tests' uploads there run at once.
   */
  long throwawayUpload() {
    Api system = api("system-admin-a");
    String requirement = "api/v1/plugin-uploads/approval-regions/" + REGION_A;
    assertEquals(204, system.put(requirement, "").status());
    try {
      String id = PluginJars.newId("matriks");
      byte[] jar = PluginJars.forms(id, "1.0.0", PluginJars.oneForm("Kepuasan matriks")).bytes();
      Api.Reply held =
          api("regional-admin-a").postBytes("api/v1/plugins", "application/java-archive", jar);
      assertEquals(202, held.status(), held::toString);
      return held.json().getJsonNumber("key").longValue();
    } finally {
      assertEquals(204, system.delete(requirement).status());
    }
  }
}
