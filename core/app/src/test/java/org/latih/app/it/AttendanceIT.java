package org.latih.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Attendance per session on the running server: a Kupang cohort with participants from two units,
 * its instructor keeps the sessions and records the sheets (again, without change), the rates per
 * cohort and unit follow, people outside the cohort or the region are refused, a learner sees their
 * own attendance, and the Kupang plugin's report counts the records by delivery mode.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AttendanceIT {

  private static final String COURSE = "pelayanan-publik-prima";
  private static final String KUPANG_PLUGIN = "latih-kupang";

  @ArquillianResource URL base;

  /** A learner of a region with a unit kerja; returns the NIP. */
  static String learner(URL base, String region, String unit) {
    String nip = Api.newNip();
    Api.Reply reply =
        Api.admin(base)
            .post(
                "api/v1/users",
                "{\"nip\":\"%s\",\"name\":\"Peserta %s\",\"unitKerja\":\"%s\",\"region\":\"%s\",\"roles\":[\"LEARNER\"],\"password\":\"%s\"}"
                    .formatted(nip, nip.substring(14), unit, region, People.PASSWORD));
    assertEquals(201, reply.status(), reply::toString);
    return nip;
  }

  static long cohort(Api admin, String instructorNip) {
    LocalDate today = LocalDate.now();
    Api.Reply reply =
        admin.post(
            "api/v1/cohorts",
            "{\"course\":\"%s\",\"name\":\"Angkatan Hadir %d\",\"startsOn\":\"%s\",\"endsOn\":\"%s\",\"capacity\":30,\"selfEnrolment\":false,\"instructors\":[\"%s\"]}"
                .formatted(
                    COURSE,
                    System.nanoTime() % 100000,
                    today.minusDays(3),
                    today.plusDays(10),
                    instructorNip));
    assertEquals(201, reply.status(), reply::toString);
    return reply.json().getJsonNumber("id").longValue();
  }

  static void enrol(Api admin, long cohort, String nip) {
    Api.Reply reply =
        admin.post("api/v1/cohorts/" + cohort + "/enrolments", "{\"nip\":\"" + nip + "\"}");
    assertEquals(201, reply.status(), reply::toString);
  }

  static long session(Api who, long cohort, String title, String mode) {
    return session(who, cohort, title, mode, "08:30");
  }

  /** A session today; {@code startsAt} null for one without a start time. */
  static long session(Api who, long cohort, String title, String mode, String startsAt) {
    Api.Reply reply =
        who.post(
            "api/v1/attendance/cohorts/" + cohort + "/sessions",
            "{\"title\":\"%s\",\"date\":\"%s\",%s\"deliveryMode\":\"%s\",\"place\":\"Aula BKPSDM\"}"
                .formatted(
                    title,
                    LocalDate.now(),
                    startsAt == null ? "" : "\"startsAt\":\"" + startsAt + "\",",
                    mode));
    assertEquals(201, reply.status(), reply::toString);
    assertEquals(mode, reply.json().getString("deliveryMode"));
    return reply.json().getJsonNumber("id").longValue();
  }

  static String sheet(Map<String, Boolean> marks) {
    StringBuilder json = new StringBuilder("{\"records\":[");
    marks.forEach(
        (nip, present) ->
            json.append(json.charAt(json.length() - 1) == '[' ? "" : ",")
                .append("{\"nip\":\"")
                .append(nip)
                .append("\",\"present\":")
                .append(present)
                .append('}'));
    return json.append("]}").toString();
  }

  private static JsonObject unit(JsonObject rates, String unit) {
    return rates.getJsonArray("units").getValuesAs(JsonObject.class).stream()
        .filter(u -> u.getString("unitKerja").equals(unit))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no unit " + unit + " in " + rates))
        .getJsonObject("rate");
  }

  @Test
  void anAbsenceKeepsItsReasonAndAnUnknownReasonIsRefusedWithoutChangingTheSheet()
      throws Exception {
    Api admin = People.signIn(base, People.create(base, "kupang", "REGIONAL_ADMIN"));
    String instructorNip = People.create(base, "kupang", "INSTRUCTOR");
    Api instructor = People.signIn(base, instructorNip);
    long cohort = cohort(admin, instructorNip);
    String came = learner(base, "kupang", "Dinas Sosial");
    String ill = learner(base, "kupang", "Dinas Sosial");
    String away = learner(base, "kupang", "Dinas Sosial");
    for (String nip : List.of(came, ill, away)) {
      enrol(admin, cohort, nip);
    }
    long day = session(instructor, cohort, "Hari 1: Keterangan", "classroom");
    String path = "api/v1/attendance/sessions/" + day + "/records";
    String sheet =
        "{\"records\":[{\"nip\":\"%s\",\"present\":true},{\"nip\":\"%s\",\"present\":false,\"absence\":\"%s\"},{\"nip\":\"%s\",\"present\":%s,\"absence\":\"%s\"}]}";

    Api.Reply saved =
        instructor.put(path, sheet.formatted(came, ill, "sakit", away, false, "ALPA"));
    assertEquals(200, saved.status(), saved::toString);
    assertEquals(
        1, saved.json().getJsonObject("rate").getInt("present"), "izin and sakit count absent");
    assertEquals("SAKIT", participant(saved.json(), ill).getString("absence"));
    assertEquals("ALPA", participant(saved.json(), away).getString("absence"));

    Api.Reply unknown =
        instructor.put(path, sheet.formatted(came, ill, "cuti", away, false, "ALPA"));
    unknown.problem(400);
    JsonObject error = unknown.json().getJsonArray("errors").getJsonObject(0);
    assertEquals("records[1].absence", error.getString("field"));
    assertTrue(error.getString("message").contains("cuti"), error::toString);
    Api.Reply presentWithReason =
        instructor.put(path, sheet.formatted(came, ill, "SAKIT", away, true, "IZIN"));
    presentWithReason.problem(400);
    assertEquals(
        "records[2].absence",
        presentWithReason.json().getJsonArray("errors").getJsonObject(0).getString("field"));

    JsonObject kept = instructor.get(path).json();
    assertEquals("SAKIT", participant(kept, ill).getString("absence"));
    assertEquals("ALPA", participant(kept, away).getString("absence"));
    JsonObject present = participant(kept, came);
    assertTrue(!present.containsKey("absence") || present.isNull("absence"), kept::toString);
  }

  private static JsonObject participant(JsonObject sheet, String nip) {
    return sheet.getJsonArray("participants").getValuesAs(JsonObject.class).stream()
        .filter(p -> p.getString("nip").equals(nip))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void anInstructorRecordsAttendanceAndTheRatesFollowPerCohortAndUnit() throws Exception {
    String suffix = String.valueOf(System.nanoTime() % 100000);
    String health = "Dinas Kesehatan " + suffix;
    String planning = "Bappeda " + suffix;
    Api admin = People.signIn(base, People.create(base, "kupang", "REGIONAL_ADMIN"));
    String instructorNip = People.create(base, "kupang", "INSTRUCTOR");
    Api instructor = People.signIn(base, instructorNip);
    long cohort = cohort(admin, instructorNip);
    String a = learner(base, "kupang", health);
    String b = learner(base, "kupang", health);
    String c = learner(base, "kupang", planning);
    String d = learner(base, "kupang", planning);
    for (String nip : List.of(a, b, c, d)) {
      enrol(admin, cohort, nip);
    }
    int webinarsBefore = kupangRecords(admin, "Webinar");

    long day1 = session(instructor, cohort, "Hari 1: Standar pelayanan", "classroom");
    long day2 = session(admin, cohort, "Hari 2: Survei kepuasan", "webinar");
    Api.Reply bad =
        instructor.post(
            "api/v1/attendance/cohorts/" + cohort + "/sessions",
            "{\"title\":\" \",\"date\":\"2025-07-01\",\"deliveryMode\":\"zoom\"}");
    bad.problem(400);
    assertTrue(bad.body().contains("deliveryMode"), bad::toString);

    Map<String, Boolean> first = new java.util.LinkedHashMap<>();
    first.put(a, true);
    first.put(b, false);
    first.put(c, true);
    first.put(d, true);
    Api.Reply recorded =
        instructor.put("api/v1/attendance/sessions/" + day1 + "/records", sheet(first));
    assertEquals(200, recorded.status(), recorded::toString);
    assertEquals(3, recorded.json().getJsonObject("rate").getInt("present"));
    assertEquals(
        200,
        instructor.put("api/v1/attendance/sessions/" + day1 + "/records", sheet(first)).status(),
        "recording the same sheet again is fine");
    Map<String, Boolean> second = new java.util.LinkedHashMap<>();
    second.put(a, true);
    second.put(b, true);
    second.put(c, false);
    second.put(d, false);
    assertEquals(
        200,
        instructor.put("api/v1/attendance/sessions/" + day2 + "/records", sheet(second)).status());

    JsonObject rates = instructor.get("api/v1/attendance/cohorts/" + cohort).json();
    JsonObject total = rates.getJsonObject("total");
    assertEquals(5, total.getInt("present"), rates::toString);
    assertEquals(8, total.getInt("recorded"), "the second recording replaced, not added");
    assertEquals(62.5, total.getJsonNumber("percent").doubleValue());
    assertEquals(75.0, unit(rates, health).getJsonNumber("percent").doubleValue());
    assertEquals(50.0, unit(rates, planning).getJsonNumber("percent").doubleValue());
    assertEquals(2, rates.getJsonArray("sessions").size());
    assertTrue(rates.getJsonObject("cohort").getBoolean("canRecord"));

    // the sheet shows every participant with what was recorded
    JsonArray participants =
        instructor
            .get("api/v1/attendance/sessions/" + day1 + "/records")
            .json()
            .getJsonArray("participants");
    assertEquals(4, participants.size());
    assertTrue(
        participants.getValuesAs(JsonObject.class).stream()
            .anyMatch(p -> p.getString("nip").equals(b) && !p.getBoolean("present")));

    // someone not enrolled is refused by name, and nothing changes
    String outsider = learner(base, "kupang", health);
    Map<String, Boolean> wrong = new java.util.LinkedHashMap<>(first);
    wrong.put(a, false);
    wrong.put(outsider, true);
    Api.Reply refused =
        instructor.put("api/v1/attendance/sessions/" + day1 + "/records", sheet(wrong));
    refused.problem(400);
    JsonObject error = refused.json().getJsonArray("errors").getJsonObject(0);
    assertEquals("records[4].nip", error.getString("field"));
    assertTrue(error.getString("message").contains(outsider), error::toString);
    assertEquals(
        5,
        instructor
            .get("api/v1/attendance/cohorts/" + cohort)
            .json()
            .getJsonObject("total")
            .getInt("present"));

    // the region's rates, for its evaluator
    Api evaluator = People.signIn(base, People.create(base, "kupang", "EVALUATOR"));
    JsonObject region = evaluator.get("api/v1/attendance/rates?size=100").json();
    assertTrue(
        region.getJsonObject("cohorts").getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .anyMatch(
                r ->
                    r.getJsonObject("cohort").getInt("id") == cohort
                        && r.getJsonObject("rate").getInt("recorded") == 8),
        region::toString);
    assertEquals(3, unit(region, health).getInt("present"));
    evaluator.put("api/v1/attendance/sessions/" + day1 + "/records", sheet(first)).problem(403);

    // learners, other instructors and other regions do not record
    Api learnerA = People.signIn(base, a);
    learnerA.put("api/v1/attendance/sessions/" + day1 + "/records", sheet(first)).problem(403);
    learnerA.get("api/v1/attendance/cohorts/" + cohort).problem(403);
    People.signIn(base, People.create(base, "kupang", "INSTRUCTOR"))
        .put("api/v1/attendance/sessions/" + day1 + "/records", sheet(first))
        .problem(403);
    // to another region the cohort is unknown, as attempts are: not refused by name
    Api solok = People.signIn(base, People.create(base, "solok", "REGIONAL_ADMIN"));
    solok.get("api/v1/attendance/cohorts/" + cohort).problem(404);
    solok.put("api/v1/attendance/sessions/" + day1 + "/records", sheet(first)).problem(404);
    solok
        .post(
            "api/v1/attendance/cohorts/" + cohort + "/sessions",
            "{\"title\":\"Titipan\",\"date\":\"2025-07-01\",\"deliveryMode\":\"webinar\"}")
        .problem(404);
    admin.get("api/v1/attendance/cohorts/999999999").problem(404);

    // a learner sees their own attendance
    JsonArray mine = learnerA.get("api/v1/attendance/mine").json().getJsonArray("items");
    assertEquals(2, mine.size(), mine::toString);
    assertTrue(mine.getValuesAs(JsonObject.class).stream().allMatch(m -> m.getBoolean("present")));
    assertEquals(COURSE, mine.getJsonObject(0).getString("course"));

    // the Kupang plugin's report counts the records by delivery mode
    assertEquals(webinarsBefore + 4, kupangRecords(admin, "Webinar"));

    // a session with attendance stays until its sheet is cleared
    admin.delete("api/v1/attendance/sessions/" + day2).problem(409, "session-has-attendance");
    assertEquals(
        200,
        admin.put("api/v1/attendance/sessions/" + day2 + "/records", "{\"records\":[]}").status());
    assertEquals(204, admin.delete("api/v1/attendance/sessions/" + day2).status());
    assertEquals(
        1, admin.get("api/v1/attendance/cohorts/" + cohort).json().getJsonArray("sessions").size());
  }

  @Test
  void aDaysSessionsAreInTimeOrderWithAnUntimedOneLastAndALearnerSeesThemNewestFirst() {
    Api admin = People.signIn(base, People.create(base, "kupang", "REGIONAL_ADMIN"));
    long cohort = cohort(admin, People.create(base, "kupang", "INSTRUCTOR"));
    String nip = learner(base, "kupang", "Inspektorat " + System.nanoTime() % 100000);
    enrol(admin, cohort, nip);
    // made in an order that neither the ids nor their reverse give
    Map<String, String> startsAt = new java.util.LinkedHashMap<>();
    startsAt.put("Siang", "13:00");
    startsAt.put("Diskusi", null);
    startsAt.put("Pagi", "08:00");
    for (Map.Entry<String, String> made : startsAt.entrySet()) {
      long id = session(admin, cohort, made.getKey(), "classroom", made.getValue());
      Api.Reply recorded =
          admin.put("api/v1/attendance/sessions/" + id + "/records", sheet(Map.of(nip, true)));
      assertEquals(200, recorded.status(), recorded::toString);
    }

    // left to themselves, the embedded database puts a missing time first and PostgreSQL last
    assertEquals(
        List.of("Pagi", "Siang", "Diskusi"),
        titles(admin.get("api/v1/attendance/cohorts/" + cohort).json().getJsonArray("sessions")));
    Api learner = People.signIn(base, nip);
    assertEquals(
        List.of("Diskusi", "Siang", "Pagi"),
        titles(learner.get("api/v1/attendance/mine").json().getJsonArray("items")));
  }

  private static List<String> titles(JsonArray sessions) {
    return sessions.getValuesAs(JsonObject.class).stream().map(s -> s.getString("title")).toList();
  }

  /** Attendance records of one delivery mode in Kupang's report for the course. */
  private int kupangRecords(Api admin, String mode) throws Exception {
    byte[] jar =
        Files.readAllBytes(Path.of("../../plugins/kupang/target/latih-plugin-kupang-1.0.0.jar"));
    Api.Reply installed = admin.postBytes("api/v1/plugins", "application/java-archive", jar);
    assertTrue(installed.status() == 201 || installed.status() == 409, installed::toString);
    try {
      Api.Reply report =
          admin.get(
              "api/v1/evaluation/reports/" + KUPANG_PLUGIN + "/bauran-metode?course=" + COURSE);
      assertEquals(200, report.status(), report::toString);
      JsonArray tables = report.json().getJsonArray("tables");
      if (tables.isEmpty()) {
        return 0;
      }
      for (JsonArray row :
          tables.getJsonObject(0).getJsonArray("rows").getValuesAs(JsonArray.class)) {
        if (row.getString(0).equals(mode)) {
          return Integer.parseInt(row.getString(2));
        }
      }
      throw new AssertionError("no row " + mode + " in " + report);
    } finally {
      if (installed.status() == 201) {
        admin.delete("api/v1/plugins/" + KUPANG_PLUGIN);
      }
    }
  }
}
