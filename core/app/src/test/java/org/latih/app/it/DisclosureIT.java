package org.latih.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the server tells or leaves behind: another region's cohorts answer 404 (as attempts do),
 * never a refusal naming them; another region's people cannot be made instructors of a cohort; the
 * system admins' shared drafts are no region's to see; a course's files are not kept in the cache
 * of what may be a shared PC.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DisclosureIT {

  @ArquillianResource URL base;

  /** A whole cohort body (a change sends the schedule whole) with these instructors. */
  private static String cohortBody(String name, String instructorNip) {
    return ("{\"course\":\"pelayanan-publik-prima\",\"name\":\"%s\",\"startsOn\":\"2030-01-06\","
            + "\"endsOn\":\"2030-01-10\",\"capacity\":30,\"selfEnrolment\":false,"
            + "\"instructors\":[\"%s\"]}")
        .formatted(name, instructorNip);
  }

  @Test
  void anotherRegionsCohortIsUnknownNotRefusedByName() {
    Api kupang = People.signIn(base, People.create(base, "kupang", "REGIONAL_ADMIN"));
    long cohort = AttendanceIT.cohort(kupang, People.create(base, "kupang", "INSTRUCTOR"));
    long session = AttendanceIT.session(kupang, cohort, "Sesi rahasia", "workshop");
    String name = kupang.get("api/v1/attendance/cohorts/" + cohort).json().toString();

    Api solok = People.signIn(base, People.create(base, "solok", "REGIONAL_ADMIN"));
    Api solokInstructor = People.signIn(base, People.create(base, "solok", "INSTRUCTOR"));
    String learner = People.create(base, "solok", "LEARNER");
    List<Api.Reply> replies =
        List.of(
            solok.get("api/v1/cohorts/" + cohort + "/enrolments"),
            solokInstructor.get("api/v1/cohorts/" + cohort + "/enrolments"),
            solok.patch(
                "api/v1/cohorts/" + cohort,
                cohortBody("Diambil alih", People.create(base, "solok", "INSTRUCTOR"))),
            solok.post("api/v1/cohorts/" + cohort + "/enrolments", "{\"nip\":\"" + learner + "\"}"),
            solok.get("api/v1/attendance/cohorts/" + cohort),
            solok.get("api/v1/attendance/sessions/" + session + "/records"),
            solokInstructor.get("api/v1/attendance/sessions/" + session + "/records"),
            People.signIn(base, learner)
                .post(
                    "api/v1/courses/pelayanan-publik-prima/enrolment",
                    "{\"cohortId\":" + cohort + "}"));
    for (Api.Reply reply : replies) {
      reply.problem(404);
      assertFalse(reply.toString().contains("Angkatan Hadir"), reply::toString);
    }
    assertFalse(name.isBlank());
  }

  @Test
  void aCohortsInstructorsAreOfItsRegion() {
    Api kupang = People.signIn(base, People.create(base, "kupang", "REGIONAL_ADMIN"));
    String elsewhere = People.create(base, "solok", "INSTRUCTOR");
    kupang.post("api/v1/cohorts", cohortBody("Angkatan Lintas", elsewhere)).problem(400);
    long cohort = AttendanceIT.cohort(kupang, People.create(base, "kupang", "INSTRUCTOR"));
    kupang.patch("api/v1/cohorts/" + cohort, cohortBody("Angkatan Lintas", elsewhere)).problem(400);
  }

  @Test
  void aSharedDraftIsNoRegionsToSee() {
    String code = CoursePackages.newId("draf");
    Api system = Api.admin(base);
    Api.Reply uploaded =
        system.postBytes(
            "api/v1/course-packages", "application/zip", CoursePackages.valid(code, "1.0.0").zip());
    assertEquals(200, uploaded.status(), uploaded::toString);
    assertEquals(200, system.get("api/v1/courses/" + code).status());
    Api.Reply file = system.get("api/v1/courses/" + code + "/attachments/lembar.pdf");
    assertEquals(200, file.status(), file::toString);
    assertEquals("no-store", file.header("Cache-Control"));
    for (String role : List.of("REGIONAL_ADMIN", "INSTRUCTOR", "EVALUATOR")) {
      Api staff = People.signIn(base, People.create(base, "kupang", role));
      staff.get("api/v1/courses/" + code).problem(404);
      assertFalse(staff.get("api/v1/courses?size=100").toString().contains(code), role);
    }
  }
}
