package org.latih.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.latih.testing.seed.RegionSeed;

/**
 * A region seeded straight into the running server's database (H2 through AUTO_SERVER, or the
 * PostgreSQL of LATIH_DB_URL) is one the app serves: its admin lists its people, a learner signs in
 * with the seed's password and finds their courses, JP and a reviewable post-test, an evaluator
 * reads a cohort's learning gain and the reaction form's summary and every regional plugin's
 * reports over the region's thousands of enrolments, and an exam taker starts the exam at once. The
 * region is new, so nothing the server had read before is stale.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SeedRegionIT {

  private static RegionSeed.Result seeded;

  @ArquillianResource URL base;

  @BeforeAll
  static void seed() {
    seeded = SeedDatabase.seedNewRegion(RegionSeed.Size.small());
  }

  private Api as(String username) {
    return Api.as(base, username, SeedDatabase.IT_PASSWORD);
  }

  @Test
  void theRegionsAdminListsEverySeededPerson() {
    assertTrue(seeded.rows().get("enrolments") >= 2_000, seeded.rows()::toString);
    Api.Reply users = as(seeded.admin()).get("api/v1/users?region=" + seeded.region() + "&size=5");
    assertEquals(200, users.status(), users::toString);
    assertEquals(
        seeded.learners().size() + seeded.instructors().size() + 2,
        users.json().getInt("totalItems"));
  }

  @Test
  void aLearnerFindsTheirCoursesJpAndAReviewablePostTest() throws SQLException {
    PostTest taken = aPostTestOfTheRegion();
    Api learner = as(taken.nip());
    Api.Reply courses = learner.get("api/v1/me/courses");
    assertEquals(200, courses.status(), courses::toString);
    assertFalse(courses.structure().asJsonArray().isEmpty(), courses::toString);
    Api.Reply transcript = learner.get("api/v1/me/transcript");
    assertEquals(200, transcript.status(), transcript::toString);

    Api.Reply review = learner.get("api/v1/attempts/" + taken.attempt());
    assertEquals(200, review.status(), review::toString);
    JsonObject result = review.json().getJsonObject("result");
    assertEquals("SUBMITTED", review.json().getString("state"));
    assertEquals(10, result.getJsonArray("review").size(), review::toString);
  }

  @Test
  void anEvaluatorReadsACohortsGainAndTheReactionForm() {
    Api evaluator = as(seeded.evaluator());
    String course = seeded.courses().get(0);
    Api.Reply detail = evaluator.get("api/v1/courses/" + course);
    assertEquals(200, detail.status(), detail::toString);
    long cohort =
        detail.json().getJsonArray("cohorts").getJsonObject(0).getJsonNumber("id").longValue();
    Api.Reply gain = evaluator.get("api/v1/courses/" + course + "/gain?cohort=" + cohort);
    assertEquals(200, gain.status(), gain::toString);
    JsonObject figures = gain.json().getJsonObject("cohort");
    assertTrue(
        figures.getJsonNumber("meanPost").doubleValue()
            > figures.getJsonNumber("meanPre").doubleValue(),
        gain::toString);

    Api.Reply summary =
        evaluator.get(
            "api/v1/evaluation/forms/local/" + seeded.prefix() + "-reaksi-peserta/summary");
    assertEquals(200, summary.status(), summary::toString);
    assertTrue(summary.body().contains("\"aspect\":\"materi\""), summary::toString);
  }

  @Test
  void anExamTakerStartsTheExamAtOnce() {
    Api taker = as(seeded.learners().get(0));
    JsonObject attempt = Tests.start(taker, Tests.quizId(taker, seeded.examCourse(), "POST_TEST"));
    assertEquals("OPEN", attempt.getString("state"));
    assertEquals(40, attempt.getJsonArray("questions").size());
  }

  /**
   * Every regional plugin, installed for the seeded region, builds every one of its reports over
   * its thousands of enrolments, for all courses and for one course and year: the host loads the
   * data before the plugin's clock starts, so no plugin is marked failed, and the database work of
   * a report stays a small constant.
   */
  @Test
  void everyPluginBuildsEveryReportOverTheRegionWithoutFailing() throws Exception {
    Api admin = as(seeded.admin());
    Api evaluator = as(seeded.evaluator());
    List<String> installed = new ArrayList<>();
    try {
      for (String plugin : List.of("bukittinggi", "kupang", "batanghari", "solok", "bengkulu")) {
        Path jar =
            Path.of("../../plugins", plugin, "target", "latih-plugin-" + plugin + "-1.0.0.jar");
        Api.Reply install =
            admin.postBytes("api/v1/plugins", "application/java-archive", Files.readAllBytes(jar));
        assertEquals(201, install.status(), install::toString);
        installed.add(install.json().getString("id"));
      }
      List<JsonObject> reports =
          evaluator
              .get("api/v1/evaluation/reports")
              .structure()
              .asJsonArray()
              .getValuesAs(JsonObject.class);
      assertTrue(reports.size() >= installed.size(), reports::toString);
      int year = java.time.Year.now(java.time.ZoneId.of("Asia/Jakarta")).getValue() - 1;
      for (JsonObject entry : reports) {
        String path =
            "api/v1/evaluation/reports/"
                + entry.getString("pluginId")
                + "/"
                + entry.getJsonObject("report").getString("id");
        for (String query : List.of("", "?course=" + seeded.courses().get(0) + "&year=" + year)) {
          Api.Reply report = evaluator.get(path + query);
          assertEquals(200, report.status(), () -> path + query + ": " + report);
          int statements = Integer.parseInt(report.header("X-Latih-Statements"));
          assertTrue(statements <= 15, path + query + " ran " + statements + " statements");
        }
      }
      for (String id : installed) {
        assertEquals("INSTALLED", admin.get("api/v1/plugins/" + id).json().getString("state"), id);
      }
    } finally {
      installed.forEach(id -> admin.delete("api/v1/plugins/" + id));
    }
  }

  private record PostTest(String nip, long attempt) {}

  /**
   * A post-test attempt of a learner of the seeded region whose review is open (they passed, or
   * used every attempt), read from the database.
   */
  private static PostTest aPostTestOfTheRegion() throws SQLException {
    try (Connection c = SeedDatabase.ofTestServer().connect();
        PreparedStatement st =
            c.prepareStatement(
                "SELECT u.username, a.id FROM attempts a JOIN users u ON u.id = a.user_id"
                    + " JOIN quizzes q ON q.id = a.quiz_id"
                    + " WHERE u.region_id = ? AND q.kind = 'POST_TEST' AND a.state = 'SUBMITTED'"
                    // the review opens once the learner has no attempt left: passed, or all used
                    + " AND (a.points * 100 >= q.pass_percent * a.max_points"
                    + " OR q.attempts_allowed > 0 AND (SELECT COUNT(*) FROM attempts b WHERE b.user_id = a.user_id"
                    + " AND b.quiz_id = a.quiz_id) >= q.attempts_allowed)"
                    + " ORDER BY a.id DESC FETCH FIRST 1 ROWS ONLY")) {
      st.setLong(1, seeded.regionId());
      try (ResultSet rs = st.executeQuery()) {
        assertTrue(rs.next(), "no post-test attempt in " + seeded.region());
        return new PostTest(rs.getString(1), rs.getLong(2));
      }
    }
  }
}
